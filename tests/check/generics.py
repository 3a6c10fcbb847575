# Generic functions and classes with TypeVar substitution.
from typing import Dict, Generic, Iterable, List, Optional, Sequence, Tuple, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def first(xs: Sequence[T]) -> T:
    return xs[0]


def pair(a: K, b: V) -> Tuple[K, V]:
    return (a, b)


def get(d: Dict[K, V], k: K) -> Optional[V]:
    return d.get(k)


reveal_type(first([1, 2]))  # N: Revealed type is "builtins.int"
reveal_type(first("abc"))  # N: Revealed type is "builtins.str"
reveal_type(pair(1, "a"))  # N: Revealed type is "Tuple[builtins.int, builtins.str]"
reveal_type(get({"a": 1}, "a"))  # N: Revealed type is "Union[builtins.int, None]"
first([1]) + "s"  # E: Unsupported operand types for + ("int" and "str")  [operator]
first(3)  # E: Argument 1 to "first" has incompatible type "int"; expected "Sequence[<nothing>]"  [arg-type]


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def put(self, item: T) -> None:
        self.item = item


b = Box(1)
reveal_type(b)  # N: Revealed type is "generics.Box[builtins.int]"
reveal_type(b.get())  # N: Revealed type is "builtins.int"
b.put("s")  # E: Argument 1 to "put" of "Box" has incompatible type "str"; expected "int"  [arg-type]
b.get().upper()  # E: "int" has no attribute "upper"  [attr-defined]
sb: Box[str] = Box("x")
sb.put(3)  # E: Argument 1 to "put" of "Box" has incompatible type "int"; expected "str"  [arg-type]


def total(xs: Iterable[int]) -> int:
    return sum(xs)


total([1, 2])
total(["a"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
total({1, 2})
total((1, 2))
total(x for x in range(3))
l: List[int] = [1]
l2: List[object] = l  # E: Incompatible types in assignment (expression has type "List[int]", variable has type "List[object]")  [assignment]
