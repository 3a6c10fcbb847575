# Undefined names at module level, in functions, classes and comprehensions.
import os

print(undefined_one)  # E: Name "undefined_one" is not defined  [name-defined]
x = 1
y = x + undefined_two  # E: Name "undefined_two" is not defined  [name-defined]


def f(a: int) -> int:
    b = a + missing_local  # E: Name "missing_local" is not defined  [name-defined]
    return b + a


def untyped(a):
    return a + not_there


class C:
    attr = unknown_in_class  # E: Name "unknown_in_class" is not defined  [name-defined]

    def m(self) -> None:
        print(self, nowhere)  # E: Name "nowhere" is not defined  [name-defined]


values = [v for v in range(3) if v > limit]  # E: Name "limit" is not defined  [name-defined]
total = sum(w for w in range(3)) + also_missing  # E: Name "also_missing" is not defined  [name-defined]
os.path.join("a", "b")
print(__name__, __file__)
del never_defined  # E: Name "never_defined" is not defined  [name-defined]
