# Narrowing Literal types by == and != : the equal literal on one branch,
# the other literals (and what cannot be equal) on the other.
from typing import Literal, Optional, Union

Mode = Literal["r", "w", "a"]
Level = Literal[1, 2, 3]


def open_mode(m: Mode) -> str:
    if m == "r":
        reveal_type(m)  # N: Revealed type is "Literal['r']"
        return "read"
    reveal_type(m)  # N: Revealed type is "Union[Literal['w'], Literal['a']]"
    if m != "a":
        reveal_type(m)  # N: Revealed type is "Literal['w']"
        return "write"
    reveal_type(m)  # N: Revealed type is "Literal['a']"
    return m


def level(n: Union[Level, str], o: Optional[Literal["x"]]) -> int:
    if n == 2:
        reveal_type(n)  # N: Revealed type is "Literal[2]"
    else:
        reveal_type(n)  # N: Revealed type is "Union[Literal[1], Literal[3], builtins.str]"
    if "x" == o:
        reveal_type(o)  # N: Revealed type is "Literal['x']"
    else:
        reveal_type(o)  # N: Revealed type is "None"
    if n == "high":
        reveal_type(n)  # N: Revealed type is "Literal['high']"
    return 0


def only(m: Literal["on"]) -> None:
    if m == "on":
        reveal_type(m)  # N: Revealed type is "Literal['on']"
    else:
        reveal_type(m)
    x: Literal["off"] = m  # E: Incompatible types in assignment (expression has type "Literal['on']", variable has type "Literal['off']")  [assignment]
