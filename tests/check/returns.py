# Return statements against the declared return type.
from typing import List, Optional


def a() -> int:
    return "s"  # E: Incompatible return value type (got "str", expected "int")  [return-value]


def b() -> str:
    return  # E: Return value expected  [return-value]


def c() -> None:
    return 1  # E: No return value expected  [return-value]


def d() -> None:
    return None


def e(flag: bool) -> int:  # E: Missing return statement  [return]
    if flag:
        return 1


def f(flag: bool) -> int:
    if flag:
        return 1
    else:
        return 2


def g() -> List[int]:
    return [1, "a"]  # E: List item 1 has incompatible type "str"; expected "int"  [list-item]


def h() -> Optional[str]:
    return None


def i(x: int) -> str:
    while True:
        if x > 3:
            return "big"
        x += 1


def j(x: int) -> int:
    raise ValueError(x)


def k() -> int:  # E: Missing return statement  [empty-body]
    ...


def l() -> int:  # E: Missing return statement  [empty-body]
    pass


def m(x: int) -> int:
    try:
        return x
    except ValueError:
        return 0


def n(x: int) -> int:  # E: Missing return statement  [return]
    for _ in range(x):
        return 1
