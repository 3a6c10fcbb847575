# typing.get_type_hints: forward references, Optional defaults, classes and their bases.
from __future__ import annotations
import typing
from typing import Optional, List, Dict, get_type_hints


class Node:
    value: int
    children: List[Node]
    parent: Optional[Node] = None


class Leaf(Node):
    label: str


def f(a: int, b: "str" = "x", *args: float, c: Dict[str, int] = None, **kw: bytes) -> Node:
    return Node()


for obj in (Node, Leaf, f):
    hints = get_type_hints(obj)
    for k in sorted(hints):
        print(obj.__name__, k, hints[k])

print(f.__annotations__)
print(get_type_hints(f, include_extras=True)["return"])
try:
    def g(x: "Undefined") -> None: ...
    get_type_hints(g)
except NameError as e:
    print("NameError", e)
