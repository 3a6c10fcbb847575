# Nested functions, closures, global and nonlocal.
from typing import Callable, List

counter = 0


def bump() -> int:
    global counter
    counter += 1
    return counter


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n

    return add


def make_counter() -> Callable[[], int]:
    count = 0

    def inc() -> int:
        nonlocal count
        count += 1
        return count

    return inc


def outer() -> None:
    items: List[str] = []

    def add(s: str) -> None:
        items.append(s)
        items.append(1)  # E: Argument 1 to "append" of "list" has incompatible type "int"; expected "str"  [arg-type]

    add("a")
    add(2)  # E: Argument 1 to "add" has incompatible type "int"; expected "str"  [arg-type]


make_adder(1)(2) + "x"  # E: Unsupported operand types for + ("int" and "str")  [operator]
make_adder("1")  # E: Argument 1 to "make_adder" has incompatible type "str"; expected "int"  [arg-type]
make_counter()().upper()  # E: "int" has no attribute "upper"  [attr-defined]
bump() + 1
