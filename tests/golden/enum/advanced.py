# Enum advanced: methods, _missing_, _generate_next_value_, functional API, __init__ with tuples, verify, member/nonmember.
import enum
from enum import Enum, auto, verify, UNIQUE, CONTINUOUS, member, nonmember


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()


print(list(Lower), Lower.A.value)


class Status(Enum):
    OK = "ok"
    ERR = "err"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ("ok", "err"):
            return cls(value.lower())
        return None


print(Status("OK"))
try:
    Status("bad")
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.TRI, Shape(4))
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)


class Mixed(Enum):
    a = 1
    helper = nonmember(5)

    @member
    def fn():
        return 2


print([m.name for m in Mixed], Mixed.helper, Mixed.fn.value())


class Ordered(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered))
print(enum.Flag._missing_, enum.EnumType, type(Color := Status))
print(Status.OK.__class__.__mro__)
print(Planet.__members__.keys())
