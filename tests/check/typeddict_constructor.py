# TypedDict classes called as constructors with keyword arguments, copies
# and nested TypedDicts.
from typing import List, TypedDict


class Point(TypedDict):
    x: int
    y: int


class Shape(TypedDict):
    name: str
    points: List[Point]


reveal_type(Point)  # N: Revealed type is "def (*, x: builtins.int, y: builtins.int) -> TypedDict('typeddict_constructor.Point', {'x': builtins.int, 'y': builtins.int})"
p = Point(x=1, y=2)
reveal_type(p)  # N: Revealed type is "TypedDict('typeddict_constructor.Point', {'x': builtins.int, 'y': builtins.int})"
Point(x=1)  # E: Missing key "y" for TypedDict "Point"  [typeddict-item]
Point(x=1, y="2")  # E: Incompatible types (expression has type "str", TypedDict item "y" has type "int")  [typeddict-item]
Point(x=1, y=2, z=3)  # E: Extra key "z" for TypedDict "Point"  [typeddict-item]
shape = Shape(name="tri", points=[p, {"x": 0, "y": 0}])
reveal_type(shape["points"][0]["x"])  # N: Revealed type is "builtins.int"
bad: Shape = {"name": "sq", "points": [{"x": 0}]}  # E: Missing key "y" for TypedDict "Point"  [typeddict-item]
shape["points"].append({"x": 1, "y": "1"})  # E: Incompatible types (expression has type "str", TypedDict item "y" has type "int")  [typeddict-item]
reveal_type(p.copy())  # N: Revealed type is "TypedDict('typeddict_constructor.Point', {'x': builtins.int, 'y': builtins.int})"
p.update({"x": 5, "y": 6})
