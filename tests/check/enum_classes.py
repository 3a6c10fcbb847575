# Enum classes as values: iterating the class, building containers from
# it, lookups, members compared and used as dict keys, Flag and IntEnum.
from enum import Enum, Flag, IntEnum, auto
from typing import Dict, List


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


class Perm(Flag):
    READ = auto()
    WRITE = auto()


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


reveal_type(list(Suit))  # N: Revealed type is "builtins.list[enum_classes.Suit]"
reveal_type(sorted(Priority))  # N: Revealed type is "builtins.list[enum_classes.Priority]"
reveal_type({s.value: s for s in Suit})  # N: Revealed type is "builtins.dict[Union[Literal['h']?, Literal['s']?], enum_classes.Suit]"
reveal_type(len(Suit))  # N: Revealed type is "builtins.int"
reveal_type(Perm.READ | Perm.WRITE)  # N: Revealed type is "enum_classes.Perm"
reveal_type(Priority.LOW.value)  # N: Revealed type is "Literal[1]?"
reveal_type(Suit("h"))  # N: Revealed type is "enum_classes.Suit"
names: List[str] = [s.name for s in Suit]
values: List[int] = [s.value for s in Suit]  # E: List comprehension has incompatible type List[Union[str, str]]; expected List[int]  [misc]
by_suit: Dict[Suit, int] = {Suit.HEARTS: 1, "spades": 2}  # E: Dict entry 1 has incompatible type "str": "int"; expected "Suit": "int"  [dict-item]
Priority.HIGH > Priority.LOW
Priority.HIGH + "x"  # E: Unsupported operand types for + ("Priority" and "str")  [operator]


def best(p: Priority) -> int:
    if p is Priority.HIGH:
        reveal_type(p)  # N: Revealed type is "Literal[enum_classes.Priority.HIGH]"
        return 2
    reveal_type(p)  # N: Revealed type is "Literal[enum_classes.Priority.LOW]"
    return p.value
