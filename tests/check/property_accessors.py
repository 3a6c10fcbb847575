# Properties with setters and deleters, classmethod and staticmethod over
# other decorators, Concatenate dropping a decorated function's parameter.
from typing import Callable, TypeVar, ParamSpec, Concatenate
import functools

P = ParamSpec("P")
R = TypeVar("R")


class C:
    @property
    def ro(self) -> int:
        return 1

    @property
    def rw(self) -> int:
        return 1

    @rw.setter
    def rw(self, v: int) -> None:
        pass

    @classmethod
    @functools.cache
    def cached_cls(cls) -> int:
        return 1

    @staticmethod
    def st(x: int) -> int:
        return x


c = C()
del c.ro
del c.rw
c.rw = "s"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
c.ro = 2  # E: Property "ro" defined in "C" is read-only  [misc]
reveal_type(C.cached_cls())  # N: Revealed type is "builtins.int"
C.st("x")  # E: Argument 1 to "st" of "C" has incompatible type "str"; expected "int"  [arg-type]
c.st("x")  # E: Argument 1 to "st" of "C" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(C.rw)  # N: Revealed type is "Overload(def (self: property_accessors.C) -> builtins.int)"


def with_conn(fn: Callable[Concatenate[int, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(1, *args, **kwargs)
    return inner


@with_conn
def top(conn: int, name: str) -> str:
    return name


reveal_type(top)  # N: Revealed type is "def (name: builtins.str) -> builtins.str"
top(1)  # E: Argument 1 to "top" has incompatible type "int"; expected "str"  [arg-type]
top("a")
