# Dataclasses: the generated __init__ (positional, defaults, field()),
# frozen instances, order=True comparisons, the field order rule.
from dataclasses import dataclass, field
from typing import ClassVar, Dict, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"
    count: ClassVar[int] = 0

    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y, self.label)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    prices: Dict[str, float] = field(default_factory=dict)
    note: Optional[str] = None


reveal_type(Point)  # N: Revealed type is "def (x: builtins.int, y: builtins.int =, label: builtins.str =) -> dataclasses_basic.Point"
p = Point(1, 2)
Point(1, 2, "a", 4)  # E: Too many arguments for "Point"  [call-arg]
Point("1")  # E: Argument 1 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point()  # E: Missing positional argument "x" in call to "Point"  [call-arg]
Point(x=1, y=2, label=3)  # E: Argument "label" to "Point" has incompatible type "int"; expected "str"  [arg-type]
Point(1, z=3)  # E: Unexpected keyword argument "z" for "Point"  [call-arg]
reveal_type(p.x)  # N: Revealed type is "builtins.int"
reveal_type(p.moved(1))  # N: Revealed type is "dataclasses_basic.Point"
p.x = "s"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
p.count = 2  # E: Cannot assign to class variable "count" via instance  [misc]
inv = Inventory("shop")
inv.items.append(3)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
inv.prices["a"] = "cheap"  # E: Incompatible types in assignment (expression has type "str", target has type "float")  [assignment]
reveal_type(inv.note)  # N: Revealed type is "Union[builtins.str, None]"
Inventory("a", ["x"], {"k": 1.0}, "n")
Inventory("a", [1])  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]


@dataclass(frozen=True)
class Frozen:
    key: str
    value: int = 0


fz = Frozen("k")
fz.value = 3  # E: Property "value" defined in "Frozen" is read-only  [misc]
fz.key = "other"  # E: Property "key" defined in "Frozen" is read-only  [misc]
reveal_type(Frozen)  # N: Revealed type is "def (key: builtins.str, value: builtins.int =) -> dataclasses_basic.Frozen"


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


Version(1) < Version(2)
Version(1) <= Version(1, 2)
Version(1) < 3  # E: Unsupported operand types for < ("Version" and "int")  [operator]
Point(1) < Point(2)  # E: Unsupported left operand type for < ("Point")  [operator]


@dataclass
class Wrong:
    a: int = 0
    b: str  # E: Attributes without a default cannot follow attributes with one  [misc]
    c: float  # E: Attributes without a default cannot follow attributes with one  [misc]
