# Narrowing by isinstance, with unions and tuples of classes.
from typing import List, Union


def a(x: Union[int, str]) -> int:
    if isinstance(x, int):
        return x + 1
    return len(x)


def b(x: Union[int, str]) -> str:
    if isinstance(x, str):
        return x.upper()
    return x.upper()  # E: "int" has no attribute "upper"  [attr-defined]


def c(x: object) -> int:
    if isinstance(x, (int, float)):
        reveal_type(x)  # N: Revealed type is "Union[builtins.int, builtins.float]"
        return 0
    reveal_type(x)  # N: Revealed type is "builtins.object"
    return x + 1  # E: Unsupported operand types for + ("object" and "int")  [operator]


def d(x: Union[int, str, List[int]]) -> None:
    if isinstance(x, list):
        reveal_type(x)  # N: Revealed type is "builtins.list[builtins.int]"
    elif isinstance(x, int):
        reveal_type(x)  # N: Revealed type is "builtins.int"
    else:
        reveal_type(x)  # N: Revealed type is "builtins.str"


class Animal:
    def speak(self) -> str:
        return ""


class Dog(Animal):
    def fetch(self) -> None:
        pass


def e(a: Animal) -> None:
    a.fetch()  # E: "Animal" has no attribute "fetch"  [attr-defined]
    if isinstance(a, Dog):
        a.fetch()
    a.fetch()  # E: "Animal" has no attribute "fetch"  [attr-defined]


def f(x: int) -> None:
    if isinstance(x, str):
        x.no_such_method()
    x + 1
