# typing runtime helpers: reprs of special forms, Generic aliases of builtins, TypeAlias, type checks, NamedTuple generics, overload registry.
import collections.abc
import typing
from typing import (Any, AnyStr, Awaitable, ClassVar, Coroutine, Deque, DefaultDict, FrozenSet, Generator, Iterable,
                    Mapping, MutableMapping, NoReturn, Optional, Sequence, Type, TypeGuard, Union, Unpack, TypeVarTuple)

print(Any, NoReturn, Optional[Sequence[int]], Mapping[str, Any], Type[int], Generator[int, None, str])
print(Deque[int], DefaultDict[str, list], FrozenSet[bytes], Awaitable[int], Coroutine[Any, Any, int], TypeGuard[int])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], collections.abc.Callable[[int], str])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), list[int] == list[int], list[int] != list[str])
print(isinstance([], list), issubclass(list, Iterable), isinstance({}, MutableMapping))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, Union[int, list[int]])
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, Optional[int]), AnyStr, AnyStr.__constraints__)
Ts = TypeVarTuple("Ts")
print(Ts, tuple[int, *Ts], Unpack[Ts])
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    ClassVar[int][str]
except TypeError as e:
    print("TypeError", e)


class NT(typing.NamedTuple):
    a: int
    b: str = "x"

    def double(self):
        return self.a * 2


print(NT(2).double(), NT._make([1, "y"]), NT(1)._replace(b="z"), NT(3)._asdict())
print(typing.get_type_hints(NT), typing.TYPE_CHECKING, typing.Text is str)


@typing.overload
def parse(x: int) -> int: ...
@typing.overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(len(typing.get_overloads(parse)))
typing.clear_overloads()
print(len(typing.get_overloads(parse)))


@typing.no_type_check
def untyped(a: "nonsense"):
    return a


print(typing.get_type_hints(untyped), typing.reveal_type.__name__)
print(typing.Union[int, str] == typing.Union[str, int], hash(typing.Union[int, str]) == hash(typing.Union[str, int]))
