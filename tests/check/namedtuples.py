# NamedTuple classes: the constructor from the fields, field types, indexing
# and unpacking as a tuple, read-only fields, methods, _replace/_asdict.
from typing import List, NamedTuple, Optional, Tuple


class Point(NamedTuple):
    x: int
    y: int
    label: str = "origin"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def shifted(self, d: int) -> "Point":
        return Point(self.x + d, self.y + d, self.label)


reveal_type(Point)  # N: Revealed type is "def (x: builtins.int, y: builtins.int, label: builtins.str =) -> Tuple[builtins.int, builtins.int, builtins.str, fallback=namedtuples.Point]"
p = Point(1, 2)
reveal_type(p)  # N: Revealed type is "Tuple[builtins.int, builtins.int, builtins.str, fallback=namedtuples.Point]"
reveal_type(p.x)  # N: Revealed type is "builtins.int"
reveal_type(p[2])  # N: Revealed type is "builtins.str"
reveal_type(p.norm1())  # N: Revealed type is "builtins.int"
Point("1", 2)  # E: Argument 1 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point(1)  # E: Missing positional argument "y" in call to "Point"  [call-arg]
Point(1, 2, "a", 3)  # E: Too many arguments for "Point"  [call-arg]
Point(x=1, y=2, name="n")  # E: Unexpected keyword argument "name" for "Point"  [call-arg]
p.x = 5  # E: Property "x" defined in "Point" is read-only  [misc]
p.label = "b"  # E: Property "label" defined in "Point" is read-only  [misc]
x, y, label = p
reveal_type(label)  # N: Revealed type is "builtins.str"
x, y = p  # E: Too many values to unpack (2 expected, 3 provided)  [misc]
p[3]  # E: Tuple index out of range  [misc]
reveal_type(p._replace(x=3))  # N: Revealed type is "Tuple[builtins.int, builtins.int, builtins.str, fallback=namedtuples.Point]"
reveal_type(p._asdict())  # N: Revealed type is "builtins.dict[builtins.str, Any]"
reveal_type(p.shifted(1).label)  # N: Revealed type is "builtins.str"
p.z  # E: "Point" has no attribute "z"  [attr-defined]
t1: Tuple[int, int, str] = p
t2: Tuple[int, int] = p  # E: Incompatible types in assignment (expression has type "Point", variable has type "Tuple[int, int]")  [assignment]
t3: tuple = p
q: Point = (1, 2, "a")  # E: Incompatible types in assignment (expression has type "Tuple[int, int, str]", variable has type "Point")  [assignment]
for item in p:
    reveal_type(item)  # N: Revealed type is "builtins.object"


class Employee(NamedTuple):
    name: str
    manager: Optional["Employee"] = None
    reports: List[str] = []


e = Employee("ann")
e.manager.name  # E: Item "None" of "Optional[Employee]" has no attribute "name"  [union-attr]
if e.manager is not None:
    reveal_type(e.manager.name)  # N: Revealed type is "builtins.str"


def total(points: List[Point]) -> int:
    return sum(pt.x + pt.y for pt in points)


total([p, Point(3, 4)])
total([(1, 2, "a")])  # E: List item 0 has incompatible type "Tuple[int, int, str]"; expected "Point"  [list-item]
