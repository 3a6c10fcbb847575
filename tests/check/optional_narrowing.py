# Narrowing Optional types: is None, is not None, truthiness, early return.
from typing import Optional


def a(x: Optional[int]) -> int:
    return x + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]


def b(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x + 1


def c(x: Optional[int]) -> int:
    if x is not None:
        return x + 1
    return x + 2  # E: Unsupported operand types for + ("None" and "int")  [operator]


def d(x: Optional[str]) -> str:
    if x:
        return x.upper()
    return x.lower()  # E: Item "None" of "Optional[str]" has no attribute "lower"  [union-attr]


def e(x: Optional[str]) -> str:
    if not x:
        return "empty"
    return x.upper()


def f(x: Optional[int], y: Optional[int]) -> int:
    if x is None or y is None:
        return 0
    return x + y


def g(x: Optional[int], y: Optional[int]) -> int:
    if x is not None and y is not None:
        return x + y
    return x  # E: Incompatible return value type (got "Optional[int]", expected "int")  [return-value]


def h(x: Optional[int]) -> int:
    assert x is not None
    return x + 1


def i(x: Optional[int]) -> int:
    if x is None:
        raise ValueError("no")
    return x * 2


def j(x: Optional[int]) -> int:
    y = x if x is not None else 0
    return y + 1


def k(x: Optional[int]) -> int:
    return x is not None and x + 1 or 0


def l(x: Optional[int]) -> None:
    while x is not None:
        x.bit_length()
        x = None
    x.bit_length()  # E: "None" has no attribute "bit_length"  [attr-defined]
