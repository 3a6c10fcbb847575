# Final names and attributes: no second assignment, in modules, classes,
# functions and through instances; Final in __init__.
from typing import Final, List

MAX: Final = 10
NAMES: Final[List[str]] = ["a"]
MAX = 11  # E: Cannot assign to final name "MAX"  [misc]
MAX += 1  # E: Cannot assign to final name "MAX"  [misc]
NAMES.append("b")
NAMES = []  # E: Cannot assign to final name "NAMES"  [misc]
reveal_type(MAX)  # N: Revealed type is "Literal[10]?"
reveal_type(NAMES)  # N: Revealed type is "builtins.list[builtins.str]"


class Limits:
    LOW: Final = 1
    HIGH: Final[int] = 9
    unit: Final[str]

    def __init__(self, unit: str) -> None:
        self.unit = unit
        self.scale: Final = 2.0

    def change(self) -> None:
        self.unit = "m"  # E: Cannot assign to final attribute "unit"  [misc]
        self.scale = 3.0  # E: Cannot assign to final attribute "scale"  [misc]
        self.LOW = 0  # E: Cannot assign to final attribute "LOW"  [misc]


lim = Limits("cm")
lim.HIGH = 10  # E: Cannot assign to final attribute "HIGH"  [misc]
Limits.LOW = 5  # E: Cannot assign to final attribute "LOW"  [misc]
lim.scale = 1.0  # E: Cannot assign to final attribute "scale"  [misc]
reveal_type(lim.scale)  # N: Revealed type is "builtins.float"
reveal_type(Limits.HIGH)  # N: Revealed type is "builtins.int"


def local() -> None:
    count: Final = 0
    count = 1  # E: Cannot assign to final name "count"  [misc]
    reveal_type(count)  # N: Revealed type is "Literal[0]?"


def shadow() -> None:
    global MAX
    MAX = 3  # E: Cannot assign to final name "MAX"  [misc]
