# Decorators typed with ParamSpec and Concatenate (and plain type
# variables): the decorated function keeps (or changes) its signature.
from typing import Awaitable, Callable, List, TypeVar

from typing_extensions import Concatenate, ParamSpec

P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., object])


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner


def listed(f: Callable[P, R]) -> Callable[P, List[R]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> List[R]:
        return [f(*args, **kwargs)]
    return inner


class Connection:
    def run(self, sql: str) -> List[str]:
        return [sql]


def with_connection(f: Callable[Concatenate[Connection, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(Connection(), *args, **kwargs)
    return inner


def registered(f: F) -> F:
    return f


def loose(f: Callable[..., R]) -> Callable[..., R]:
    return f


def untyped_decorator(f):
    return f


@logged
def add(x: int, y: int = 0) -> int:
    return x + y


@listed
def greet(name: str, *, excited: bool = False) -> str:
    return name


@with_connection
def query(conn: Connection, sql: str, limit: int = 10) -> List[str]:
    return conn.run(sql)[:limit]


@registered
def handler(event: str) -> None:
    pass


@loose
def anything(x: int) -> str:
    return str(x)


@untyped_decorator
def unknown(x: int) -> int:
    return x


@logged
@listed
def stacked(n: int) -> int:
    return n


reveal_type(add)  # N: Revealed type is "def (x: builtins.int, y: builtins.int =) -> builtins.int"
add(1, 2)
add("1")  # E: Argument 1 to "add" has incompatible type "str"; expected "int"  [arg-type]
add(1, z=2)  # E: Unexpected keyword argument "z" for "add"  [call-arg]
reveal_type(greet("a"))  # N: Revealed type is "builtins.list[builtins.str]"
greet("a", excited=1)  # E: Argument "excited" to "greet" has incompatible type "int"; expected "bool"  [arg-type]
greet("a", True)  # E: Too many positional arguments for "greet"  [misc]
reveal_type(query)  # N: Revealed type is "def (sql: builtins.str, limit: builtins.int =) -> builtins.list[builtins.str]"
query("select")
query(Connection(), "select")  # E: Argument 1 to "query" has incompatible type "Connection"; expected "str"  [arg-type]  # E: Argument 2 to "query" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(handler)  # N: Revealed type is "def (event: builtins.str)"
handler(1)  # E: Argument 1 to "handler" has incompatible type "int"; expected "str"  [arg-type]
reveal_type(anything)  # N: Revealed type is "def (*Any, **Any) -> builtins.str"
anything("no error")
reveal_type(unknown)  # N: Revealed type is "Any"
reveal_type(stacked(1))  # N: Revealed type is "builtins.list[builtins.int]"
stacked("1")  # E: Argument 1 to "stacked" has incompatible type "str"; expected "int"  [arg-type]
reveal_type(logged(len))  # N: Revealed type is "def (typing.Sized) -> builtins.int"
