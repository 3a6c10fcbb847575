# Possibly undefined names (possibly-undefined, switched on for this file)
# and names used before their definition (used-before-def).
# mypy: enable-error-code="possibly-undefined"
import sys
from typing import NoReturn, TYPE_CHECKING


def fail() -> NoReturn:
    raise RuntimeError("no")


def branch(flag: bool) -> int:
    if flag:
        x = 1
    return x  # E: Name "x" may be undefined  [possibly-undefined]


def both(flag: bool) -> int:
    if flag:
        y = 1
    else:
        y = 2
    return y


def early(flag: bool) -> int:
    if flag:
        z = 1
    else:
        return 0
    return z


def noreturn_call(flag: bool) -> int:
    if flag:
        w = 1
    else:
        fail()
    return w


def before() -> None:
    print(v)  # E: Cannot determine type of "v"  [has-type]  # E: Name "v" is used before definition  [used-before-def]
    v = 2


def loop_var(n: int) -> None:
    for i in range(n):
        last = i
    print(last)  # E: Name "last" may be undefined  [possibly-undefined]
    print(i)


def while_true() -> int:
    while True:
        found = 3
        break
    return found


def while_cond(n: int) -> int:
    while n > 0:
        got = n
        n -= 1
    return got  # E: Name "got" may be undefined  [possibly-undefined]


def loop_else(n: int) -> int:
    for i in range(n):
        if i == 3:
            res = i
            break
    else:
        res = -1
    return res  # E: Name "res" may be undefined  [possibly-undefined]


def loop_else_break(n: int) -> int:
    for i in range(n):
        if i > 2:
            break
    else:
        res2 = -1
    return res2  # E: Name "res2" may be undefined  [possibly-undefined]


def tried() -> int:
    try:
        a = int("3")
    except ValueError:
        pass
    return a  # E: Name "a" may be undefined  [possibly-undefined]


def tried_all() -> int:
    try:
        b = int("3")
    except ValueError:
        b = 0
    return b


def tried_return() -> int:
    try:
        c = int("3")
    except ValueError:
        return 0
    finally:
        print(c)  # E: Name "c" may be undefined  [possibly-undefined]
    return c


def other_branch(flag: bool) -> None:
    if flag:
        d = 1
    else:
        print(d)  # E: Name "d" is used before definition  [used-before-def]


def in_loop_other_branch(n: int) -> None:
    for k in range(n):
        if k:
            e = 1
        else:
            print(e)  # E: Name "e" may be undefined  [possibly-undefined]


def aug(flag: bool) -> None:
    if flag:
        f = 1
    f += 1  # E: Name "f" may be undefined  [possibly-undefined]


def twice(flag: bool) -> None:
    if flag:
        g = 1
    print(g)  # E: Name "g" may be undefined  [possibly-undefined]
    print(g)


def nested(flag: bool) -> None:
    if flag:
        h = 1
    def inner() -> int:
        return h  # E: Name "h" may be undefined  [possibly-undefined]
    print(inner())


def matched(value: object) -> int:
    match value:
        case int():
            m = 1
        case str():
            m = 2
    return m  # E: Name "m" may be undefined  [possibly-undefined]


def matched_all(value: object) -> int:
    match value:
        case int():
            mm = 1
        case _:
            mm = 2
    return mm


def walrus(items: list) -> None:
    if (n := len(items)) > 2:
        pass
    print(n)


def with_cm(path: str) -> None:
    with open(path) as fh:
        pass
    print(fh)


def asserted(flag: bool) -> int:
    if flag:
        p = 1
    else:
        assert False
    return p


def guarded() -> None:
    if TYPE_CHECKING:
        q = 1
    print(q)


def versioned() -> None:
    if sys.version_info >= (3, 8):
        r = 1
    print(r)


def untyped(flag):
    if flag:
        t = 1
    return t


def comprehension(flag: bool) -> list:
    if flag:
        u = 1
    return [u for _ in range(3)]  # E: Name "u" may be undefined  [possibly-undefined]


def lambda_body(flag: bool) -> None:
    if flag:
        lb = 1
    fn = lambda: lb  # E: Name "lb" may be undefined  [possibly-undefined]
    print(fn)


print(later)  # E: Name "later" is used before definition  [used-before-def]
later = 3

if len(sys.argv) > 1:
    maybe = 1
print(maybe)  # E: Name "maybe" may be undefined  [possibly-undefined]


def uses_maybe() -> None:
    print(maybe)


class C:
    if len(sys.argv) > 2:
        attr = 1
    print(attr)  # E: Name "attr" may be undefined  [possibly-undefined]
