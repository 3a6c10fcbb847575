# Enum basics: members, values, aliases, iteration, lookups, errors, unique, auto.
from enum import Enum, IntEnum, StrEnum, auto, unique, Flag, IntFlag


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__))
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class Num(IntEnum):
    ONE = auto()
    TWO = auto()


print(Num.ONE + 1, Num.TWO == 2, repr(Num.TWO), str(Num.TWO), format(Num.TWO), f"{Num.ONE}")


class S(StrEnum):
    A = auto()
    B = "bee"


print(S.A, repr(S.A), S.B.upper(), S("bee"))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))


class IP(IntFlag):
    A = 1
    B = 2


print(IP.A | 8, repr(IP.A | IP.B), IP(3), int(IP.B))
try:
    class Ext(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
print(Color.RED < Color.BLUE if hasattr(Color.RED, "__lt__") and Color.RED.__lt__(Color.BLUE) is not NotImplemented else "unorderable")
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)
