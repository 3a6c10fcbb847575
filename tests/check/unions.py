# Unions: members, calls, joins of branches.
from typing import List, Union


def f(x: Union[int, List[int]]) -> int:
    if isinstance(x, list):
        return sum(x)
    return x


def g(x: Union[int, str]) -> None:
    x + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
    x.upper()  # E: Item "int" of "Union[int, str]" has no attribute "upper"  [union-attr]
    len(x)  # E: Argument 1 to "len" has incompatible type "Union[int, str]"; expected "Sized"  [arg-type]


def h(flag: bool) -> None:
    v = 1 if flag else "a"
    reveal_type(v)  # N: Revealed type is "builtins.object"
    if flag:
        w: Union[int, str] = 1
    else:
        w = "s"
    reveal_type(w)  # N: Revealed type is "Union[builtins.int, builtins.str]"


def k(x: int | str | None) -> None:
    reveal_type(x)  # N: Revealed type is "Union[builtins.int, builtins.str, None]"
    if x is None:
        return
    reveal_type(x)  # N: Revealed type is "Union[builtins.int, builtins.str]"
