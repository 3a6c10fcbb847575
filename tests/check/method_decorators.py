# Decorators of methods and decorator calls: functools' caches, wraps,
# contextmanager, staticmethod/classmethod combined with them.
import contextlib
import functools
from functools import cache, cached_property, lru_cache, wraps
from typing import Callable, Iterator, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(*args, **kwargs)
    return inner


class Store:
    @lru_cache(maxsize=None)
    def lookup(self, key: int) -> str:
        return str(key)

    @cache
    def size(self, key: int) -> int:
        return key

    @functools.lru_cache
    def label(self, key: int) -> str:
        return str(key)

    @cached_property
    def total(self) -> int:
        return 1

    @staticmethod
    @lru_cache
    def parse(text: str) -> int:
        return int(text)

    @logged
    def scale(self, factor: float) -> float:
        return factor

    @contextlib.contextmanager
    def opened(self, name: str) -> Iterator[str]:
        yield name


s = Store()
reveal_type(s.lookup)  # N: Revealed type is "functools._lru_cache_wrapper[builtins.str]"
reveal_type(s.lookup(1))  # N: Revealed type is "builtins.str"
reveal_type(s.size(2))  # N: Revealed type is "builtins.int"
reveal_type(s.label(3))  # N: Revealed type is "builtins.str"
reveal_type(s.total)  # N: Revealed type is "builtins.int"
reveal_type(Store.parse("4"))  # N: Revealed type is "builtins.int"
reveal_type(s.scale(2.0))  # N: Revealed type is "builtins.float"
s.scale("x")  # E: Argument 1 to "scale" of "Store" has incompatible type "str"; expected "float"  [arg-type]
s.lookup.cache_clear()
with s.opened("f") as name:
    reveal_type(name)  # N: Revealed type is "builtins.str"
s.opened(3)  # E: Argument 1 to "opened" of "Store" has incompatible type "int"; expected "str"  [arg-type]
x: int = s.lookup(1)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


@lru_cache(maxsize=32)
def top(n: int) -> str:
    return str(n)


reveal_type(top)  # N: Revealed type is "functools._lru_cache_wrapper[builtins.str]"
reveal_type(top(1))  # N: Revealed type is "builtins.str"
y: int = top(2)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
