# dataclass parameters: init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, fields, asdict, astuple, replace, is_dataclass


@dataclass
class P:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class V:
    a: float
    b: float = 1.0


@dataclass(unsafe_hash=True)
class H:
    k: str


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 3
    c: list = field(default_factory=list)


@dataclass(slots=True)
class S:
    a: int
    b: str = "s"


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(P(1), P(1, 2) == P(1, 2), P(1) == P(2), P.__match_args__)
print(V(1, 2) < V(1, 3), sorted([V(3), V(1, 5), V(1, 2)]), hash(V(1, 2)) == hash(V(1, 2)))
v = V(1)
try:
    v.a = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del v.a
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(H("a")) == hash(H("a")), H.__hash__ is not None, P.__hash__)
print(K(a=1), M(1, b=4), M(2).c is not M(2).c)
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
print(type(Plain(1).__repr__).__name__, Plain(1) == Plain(1))
print([f.name for f in fields(M)], asdict(M(1)), astuple(P(3, 4)), replace(P(1, 2), y=5))
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(int))
match P(5, 6):
    case P(a, b):
        print("matched", a, b)
