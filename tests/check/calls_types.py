# Argument types, positional and by keyword; methods and constructors.
from typing import List, Optional


def f(x: int, y: str = "") -> int:
    return x


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def move(self, dx: int, dy: int = 0) -> "Point":
        return Point(self.x + dx, self.y + dy)


f("a")  # E: Argument 1 to "f" has incompatible type "str"; expected "int"  [arg-type]
f(1, 2)  # E: Argument 2 to "f" has incompatible type "int"; expected "str"  [arg-type]
f(1, y=3)  # E: Argument "y" to "f" has incompatible type "int"; expected "str"  [arg-type]
f(x="s")  # E: Argument "x" to "f" has incompatible type "str"; expected "int"  [arg-type]
Point(1, "2")  # E: Argument 2 to "Point" has incompatible type "str"; expected "int"  [arg-type]
Point(1)  # E: Missing positional argument "y" in call to "Point"  [call-arg]
Point(1, 2, 3)  # E: Too many arguments for "Point"  [call-arg]
p = Point(1, 2)
p.move("x")  # E: Argument 1 to "move" of "Point" has incompatible type "str"; expected "int"  [arg-type]
p.move(1, dy="y")  # E: Argument "dy" to "move" of "Point" has incompatible type "str"; expected "int"  [arg-type]
p.move(1).move(2).x + "s"  # E: Unsupported operand types for + ("int" and "str")  [operator]
xs: List[int] = []
xs.append("s")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
xs.extend(["a"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
xs.insert(0, 1)
n: Optional[int] = None
f(n)  # E: Argument 1 to "f" has incompatible type "Optional[int]"; expected "int"  [arg-type]
"abc".startswith(1)  # E: Argument 1 to "startswith" of "str" has incompatible type "int"; expected "Union[str, Tuple[str, ...]]"  [arg-type]
"abc".join([1, 2])  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]
int("3") + f(2)
