# User-defined generics: TypeVar bounds and constraints, Generic subscription, __orig_bases__, __parameters__.
from typing import TypeVar, Generic, Iterator, get_args, get_origin, List, Dict, Tuple, Callable, Union, Optional

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
T_co = TypeVar("T_co", covariant=True)

print(T, K, N, T_co)
print(K.__bound__, N.__constraints__, T_co.__covariant__, T.__name__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


class Pair(Generic[K, N]):
    pass


s = Stack[int]()
s.push(3)
print(list(s), Stack[int], Stack.__parameters__, Pair[str, int])
print(Stack.__orig_bases__, Pair.__mro__)
print(type(s).__name__, s.__orig_class__)
print(get_origin(List[int]), get_args(Dict[str, Tuple[int, ...]]))
print(get_args(Callable[[int, str], bool]), get_origin(Callable[..., int]))
print(Union[int, str], Optional[int], Union[int, None, str], Union[int, int])
print(get_args(Union[int, str]), get_origin(Union[int, str]))
print(List[T][int], Dict[K, T][str, float])
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Generic[T, T]
except TypeError as e:
    print("TypeError", e)
print(int | str, list[int] | None, (int | str).__args__)
print(isinstance(3, int | str), issubclass(bool, int | str))
