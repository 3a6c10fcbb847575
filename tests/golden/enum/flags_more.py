# enum.Flag boundaries (STRICT, CONFORM, EJECT, KEEP), aliases, iteration, pseudo-members, IntFlag ops and reprs.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.WHITE), len(Color.WHITE), list(Color.WHITE))
print(Color(3), Color.RED | Color.BLUE, Color.WHITE & ~Color.RED, Color.RED ^ Color.WHITE, Color(0))
print(Color.GREEN in Color.WHITE, bool(Color(0)), Color.RED.value, Color["BLUE"], Color._boundary_)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print("ValueError", e)
print(Conform(7), Eject(7), type(Eject(7)).__name__, Keep(7), repr(Keep(7)))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | 8), Perm(7), Perm.R + 1, Perm.R | 1, ~Perm.R, Perm(0), int(Perm.R & 6))
print(format(Perm.R, "d"), f"{Perm.W}", str(Perm.R | Perm.X), sorted(Perm), Perm.R in Perm(6))
print(isinstance(FlagBoundary.STRICT, FlagBoundary))
