# inspect (signatures, binding, source, members, classification, frames'
# info) and typing at run time (get_type_hints, get_origin/get_args,
# Protocol runtime checks, TypedDict, NamedTuple, overload, ParamSpec).
import inspect
import typing
from typing import (Annotated, Any, Callable, ClassVar, Generic, Literal, NamedTuple, Optional, ParamSpec,
                    Protocol, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable)

T = TypeVar("T", bound=int)
P = ParamSpec("P")


def sample(a, b: int = 2, /, c: "str" = "x", *args: float, d, e: Optional[int] = None, **kw) -> list[int]:
    """Sample function.

    With a docstring."""
    local = a + b
    return [local]


sig = inspect.signature(sample)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is p.empty, p.annotation)
ba = sig.bind(1, 2, "c", 4.0, 5.0, d=6, z=7)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(sig.replace(return_annotation=None), inspect.signature(lambda x, *, y=1: 0), inspect.getdoc(sample).splitlines()[0])
print(inspect.getsource(sample).splitlines()[0], inspect.getsourcelines(sample)[1], inspect.cleandoc("  a\n    b"))
print(inspect.getfullargspec(sample).kwonlyargs, inspect.isfunction(sample), inspect.isbuiltin(len), inspect.ismethod(sample))


class Base:
    attr = 1

    def method(self):
        return inspect.currentframe().f_code.co_name

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1


class Child(Base):
    async def coro(self):
        pass

    def gen(self):
        yield 1


print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Child) if not a.name.startswith("__")])
print([n for n, _ in inspect.getmembers(Child, inspect.isfunction)], inspect.getmro(Child)[1].__name__)
print(inspect.iscoroutinefunction(Child.coro), inspect.isgeneratorfunction(Child.gen), Child().method(), inspect.getmodule(Child).__name__)
print(inspect.getattr_static(Child(), "prop").__class__.__name__, inspect.unwrap(sample) is sample, inspect.isabstract(Base))
g = Child().gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3), inspect.formatannotation(list[int]))


class Movie(TypedDict, total=False):
    title: str
    year: int


class Pt(NamedTuple):
    x: int
    y: int = 0


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Box(Generic[T]):
    item: T
    count: ClassVar[int] = 0


@overload
def conv(x: int) -> int: ...
@overload
def conv(x: str) -> str: ...
def conv(x):
    return x


def deco(f: Callable[P, int]) -> Callable[P, str]:
    return f


print(get_type_hints(sample), get_type_hints(Movie), Movie.__total__, sorted(Movie.__optional_keys__))
print(Pt(1), Pt._fields, Pt._field_defaults, get_type_hints(Pt))
print(isinstance(open("/dev/null"), Closable), isinstance(1, Closable), get_type_hints(Box))
for tp in [list[int], dict[str, list[int]], Optional[int], Union[int, str], Callable[[int], str], Literal[1, "a"],
           Annotated[int, "meta"], tuple[int, ...], Callable[P, int], type[int]]:
    print(tp, get_origin(tp), get_args(tp))
print(get_type_hints(deco), T.__bound__, P.args, Box[int], Box[int].__origin__ is Box)
print(len(typing.get_overloads(conv)), typing.get_args(Annotated[int, "m"]), get_type_hints(Annotated, include_extras=True) if False else 0)
print(typing.cast(int, "x"), typing.assert_type(1, int), typing.reveal_type.__name__, typing.TYPE_CHECKING)
try:
    Closable()
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError", e)
