# ParamSpec, Concatenate, Annotated, Literal, Final, ClassVar, NewType, NamedTuple in typing.
from typing import (ParamSpec, Concatenate, Callable, TypeVar, Annotated, Literal, Final,
                    ClassVar, NewType, NamedTuple, get_type_hints, get_args, get_origin, Any, cast,
                    overload, final, no_type_check, LiteralString, Never, Self, TypeAlias, assert_never)

P = ParamSpec("P")
R = TypeVar("R")
print(P, P.args, P.kwargs, get_args(Callable[P, R]))
print(Callable[Concatenate[int, P], R])


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(2, 3))
A = Annotated[int, "meta", 3]
print(A, get_args(A), get_origin(A), A.__metadata__)


def h(x: Annotated[int, "positive"]) -> Literal["a", "b"]:
    return "a"


print(get_type_hints(h), get_type_hints(h, include_extras=True))
print(Literal[1, 2, 2], Literal["x"] == Literal["x"], get_args(Literal[1, "a", True]))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)


class Emp(NamedTuple):
    name: str
    id: int = 3


print(Emp("a"), Emp._fields, Emp._field_defaults, Emp.__annotations__)


class C:
    x: ClassVar[int] = 1
    y: Final = 2


print(get_type_hints(C))
print(cast(int, "s"), Any, Final[int], ClassVar[str], Never, Self, LiteralString)


@overload
def o(x: int) -> int: ...
@overload
def o(x: str) -> str: ...
def o(x):
    return x


print(o(1))


@final
class F:
    pass


print(F.__final__)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
