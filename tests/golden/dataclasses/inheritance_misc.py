# dataclasses: inheritance with defaults and overrides, ClassVar/InitVar exclusion, __post_init__ chains, eq across classes, recursion in repr.
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar, Any


@dataclass
class A:
    x: int = 1
    tags: ClassVar[list] = []

    def __post_init__(self):
        self.log = ["A"]


@dataclass
class B(A):
    x: int = 5
    y: str = "y"

    def __post_init__(self):
        super().__post_init__()
        self.log.append("B")


b = B()
print(b, b.log, [f.name for f in dataclasses.fields(B)], A.tags is B.tags)
print(A(1) == B(1), A(1) == A(1), A(1) != A(2))


@dataclass(eq=False)
class Node:
    val: Any
    nxt: "Node | None" = None


n = Node(1)
n.nxt = n
print(repr(n)[:60])


@dataclass(frozen=True)
class F:
    a: int


@dataclass(frozen=True)
class G(F):
    b: int = 0


print(G(1, 2), hash(G(1, 2)) == hash(G(1, 2)))
try:
    @dataclass
    class Thaw(F):
        c: int = 0
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithProp:
    _v: int = 0

    @property
    def v(self):
        return self._v


print(WithProp(3).v, dataclasses.replace(WithProp(3), _v=4))
try:
    dataclasses.replace(B(), log=1)
except TypeError as e:
    print("TypeError", e)
try:
    dataclasses.fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    dataclasses.asdict(A)
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True)
class Ver:
    major: int
    minor: int = field(default=0)
    label: str = field(default="", compare=False)


print(sorted([Ver(1, 2, "b"), Ver(1, 0, "z"), Ver(0, 9)]), Ver(1) < Ver(1, 1))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)
print(B.__init__.__qualname__, B.__repr__.__qualname__, B.__eq__.__name__)
import inspect
print(inspect.signature(B), inspect.signature(Ver))
