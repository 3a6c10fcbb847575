# Names read before their definition (used-before-def, on by default) and
# mypy's has-type for a function's variable read before any assignment.
import sys


def before() -> None:
    print(v)  # E: Cannot determine type of "v"  [has-type]  # E: Name "v" is used before definition  [used-before-def]
    v = 2


def self_reference() -> None:
    x = x + 1  # E: Cannot determine type of "x"  [has-type]


def in_loop(n: int) -> None:
    for i in range(n):
        if i:
            print(w)  # E: Cannot determine type of "w"  [has-type]
        w = i


def for_target() -> None:
    print(t)  # E: Cannot determine type of "t"  [has-type]  # E: Name "t" is used before definition  [used-before-def]
    for t in range(3):
        pass


def annotated() -> None:
    print(k)  # E: Name "k" is used before definition  [used-before-def]
    k: int = 1


def later_def() -> None:
    print(fn())  # E: Name "fn" is used before definition  [used-before-def]

    def fn() -> int:
        return 1


def later_import() -> None:
    print(m)
    import os as m


def untyped():
    print(u)
    u = 1


def other_branch(flag: bool) -> None:
    if flag:
        d = 1
    else:
        print(d)  # E: Name "d" is used before definition  [used-before-def]


def closure() -> None:
    def inner() -> int:
        return q
    q = 1
    print(inner())


def branch(flag: bool) -> int:
    if flag:
        y = 1
    return y


class K:
    def meth(self) -> None:
        print(z)  # E: Cannot determine type of "z"  [has-type]  # E: Name "z" is used before definition  [used-before-def]
        z = 1


print(later)  # E: Name "later" is used before definition  [used-before-def]
later = 3


def uses_global() -> int:
    return defined_after


defined_after = 1
