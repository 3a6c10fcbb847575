# dataclasses.field options, InitVar, __post_init__, inheritance, default errors and mutable defaults.
import dataclasses
from dataclasses import dataclass, field, InitVar, MISSING


@dataclass
class Base:
    x: int
    y: list = field(default_factory=lambda: [1], repr=False)
    z: int = field(default=5, compare=False, metadata={"unit": "m"})
    hidden: int = field(default=0, init=False)


@dataclass
class Child(Base):
    w: str = "w"
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.hidden = self.x * scale


c = Child(1)
print(c, c.hidden, Child(1, z=9) == Child(1, z=3))
f = dataclasses.fields(Base)[2]
print(f.name, f.default, f.metadata["unit"], f.compare, f.init, f.default_factory is MISSING)
print(repr(field(default=1))[:30])
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    Child()
except TypeError as e:
    print("TypeError", e)
Pt = dataclasses.make_dataclass("Pt", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(Pt(3, -4), Pt(3, -4).norm())
print(Child.__dataclass_fields__["scale"]._field_type is dataclasses._FIELD_INITVAR)
print(dataclasses.asdict(Child(2, [3])))


@dataclass
class Rec:
    items: list
    nested: dict


print(dataclasses.asdict(Rec([Base(1)], {"k": (Base(2),)})))
