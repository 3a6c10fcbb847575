# enum (Flag arithmetic and iteration, StrEnum/IntEnum, auto, unique,
# aliases, _missing_, verify) and dataclasses (ordering, frozen, slots,
# kw_only, InitVar, __post_init__, replace/asdict/astuple, fields).
import dataclasses
import enum
from dataclasses import InitVar, KW_ONLY, dataclass, field


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


class Level(enum.IntEnum):
    LOW = enum.auto()
    HIGH = enum.auto()


class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"


print(Perm.R | Perm.X, list(Perm.RW), Perm(7), Perm.R in Perm.RW, ~Perm.R, bool(Perm(0)), Perm.RW.name)
print(Color(1), Color.CRIMSON is Color.RED, Color("green"), list(Color), Color.__members__.keys())
print(Level.HIGH + 1, Level.LOW < Level.HIGH, Mode.READ, Mode.READ.upper(), f"{Mode.WRITE}", repr(Mode.READ))
try:
    Color(5)
except ValueError as e:
    print("ValueError", e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = enum.Enum("Animal", "CAT DOG", start=10)
print(list(Animal), Animal.DOG.value, Animal["CAT"])


@enum.verify(enum.CONTINUOUS)
class Step(enum.IntEnum):
    A = 1
    B = 2


print(list(Step), enum.Flag.__mro__[1].__name__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)


@dataclass(slots=True)
class Slotted:
    a: int
    _: KW_ONLY
    b: int = 2


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)
    secret: InitVar[str | None] = None
    masked: str = field(init=False, default="")

    def __post_init__(self, secret):
        self.masked = "*" * len(secret or "")


vs = sorted([Version(2, 1), Version(1, 9, "rc"), Version(2, 0)])
print(vs, Version(1, 0, "a") == Version(1, 0, "b"), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
s = Slotted(1, b=3)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    Slotted(1, 2)
except TypeError as e:
    print("TypeError", e)
acct = Account("ann", 10.0, secret="pin")
print(acct, dataclasses.asdict(acct), dataclasses.astuple(acct))
print(dataclasses.replace(acct, balance=5.0, secret="x"), [f.name for f in dataclasses.fields(Account)])
print(dataclasses.is_dataclass(acct), dataclasses.is_dataclass(Account), Account.__match_args__)
Dyn = dataclasses.make_dataclass("Dyn", [("x", int), ("y", int, field(default=3))], namespace={"total": lambda self: self.x + self.y})
print(Dyn(1), Dyn(1).total())
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError", e)
