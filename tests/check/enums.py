# Enums: members are literals of their class, .name and .value types,
# lookups by value and name, iteration, narrowing by `is`, members final.
import re
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self) -> str:
        return self.name.lower() + str(self.value)


class Mixed(Enum):
    ONE = 1
    TWO = "two"
    THREE = auto()


class Level(IntEnum):
    LOW = 1
    HIGH = 2


reveal_type(Color.RED)  # N: Revealed type is "Literal[enums.Color.RED]?"
reveal_type(Color.RED.value)  # N: Revealed type is "Literal[1]?"
reveal_type(Color.GREEN.name)  # N: Revealed type is "Literal['GREEN']?"
reveal_type(Mixed.TWO.value)  # N: Revealed type is "Literal['two']?"
reveal_type(Mixed.THREE.value)  # N: Revealed type is "builtins.int"
reveal_type(Color(2))  # N: Revealed type is "enums.Color"
reveal_type(Color["BLUE"])  # N: Revealed type is "enums.Color"
Color.PURPLE  # E: "Type[Color]" has no attribute "PURPLE"  [attr-defined]
Color.RED.describe().upper()
Color.RED.size  # E: "Color" has no attribute "size"  [attr-defined]
reveal_type(Level.HIGH + 1)  # N: Revealed type is "builtins.int"
Level.LOW < Level.HIGH
Color.RED < Color.BLUE  # E: Unsupported left operand type for < ("Color")  [operator]
Color.GREEN = 5  # E: Cannot assign to final attribute "GREEN"  [misc]
reveal_type(re.IGNORECASE)  # N: Revealed type is "re.RegexFlag"


def show(c: Color, m: Mixed) -> str:
    reveal_type(c.value)  # N: Revealed type is "Union[Literal[1]?, Literal[2]?, Literal[3]?]"
    reveal_type(m.value)  # N: Revealed type is "Any"
    reveal_type(c.name)  # N: Revealed type is "builtins.str"
    if c is Color.RED:
        reveal_type(c)  # N: Revealed type is "Literal[enums.Color.RED]"
        return "red"
    reveal_type(c)  # N: Revealed type is "Union[Literal[enums.Color.GREEN], Literal[enums.Color.BLUE]]"
    if c is not Color.GREEN:
        reveal_type(c)  # N: Revealed type is "Literal[enums.Color.BLUE]"
    reveal_type(c)  # N: Revealed type is "Union[Literal[enums.Color.GREEN], Literal[enums.Color.BLUE]]"
    return c.value


for color in Color:
    reveal_type(color)  # N: Revealed type is "enums.Color"

current = Color.RED
reveal_type(current)  # N: Revealed type is "enums.Color"
current = Color.BLUE
current = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "Color")  [assignment]
favourite: Color = Color.GREEN
wrong: Color = "RED"  # E: Incompatible types in assignment (expression has type "str", variable has type "Color")  [assignment]
levels = {Level.LOW: "low", Level.HIGH: "high"}
reveal_type(levels)  # N: Revealed type is "builtins.dict[enums.Level, builtins.str]"
