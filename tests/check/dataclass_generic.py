# Generic dataclasses and dataclasses used through their fields: type
# parameters solved from the constructor, methods, replace() and asdict().
from dataclasses import asdict, dataclass, field, replace
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T
    history: List[T] = field(default_factory=list)

    def swap(self, new: T) -> T:
        old = self.item
        self.item = new
        return old


b = Box(1)
reveal_type(b)  # N: Revealed type is "dataclass_generic.Box[builtins.int]"
reveal_type(b.item)  # N: Revealed type is "builtins.int"
reveal_type(b.swap(2))  # N: Revealed type is "builtins.int"
b.swap("x")  # E: Argument 1 to "swap" of "Box" has incompatible type "str"; expected "int"  [arg-type]
s = Box[str]("a")
s.history.append(1)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]
Box[int]("no")  # E: Argument 1 to "Box" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(replace(b, item=3))  # N: Revealed type is "dataclass_generic.Box[builtins.int]"
reveal_type(asdict(b))  # N: Revealed type is "builtins.dict[builtins.str, Any]"


@dataclass
class Tree:
    value: int
    children: List["Tree"] = field(default_factory=list)
    parent: Optional["Tree"] = None

    def add(self, value: int) -> "Tree":
        child = Tree(value, parent=self)
        self.children.append(child)
        return child


t = Tree(1)
t.add(2).add("3")  # E: Argument 1 to "add" of "Tree" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(t.children[0].parent)  # N: Revealed type is "Union[dataclass_generic.Tree, None]"
Tree(1, [Tree(2)], t)
Tree(1, [2])  # E: List item 0 has incompatible type "int"; expected "Tree"  [list-item]
t.parent.value  # E: Item "None" of "Optional[Tree]" has no attribute "value"  [union-attr]
