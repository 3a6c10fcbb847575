# Classes: inheritance, methods, attributes from __init__, class attributes.
from typing import List


class Base:
    kind = "base"

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: List[int] = []

    def describe(self) -> str:
        return self.name + ":" + self.kind

    def size(self) -> int:
        return len(self.items)


class Child(Base):
    def __init__(self, name: str, age: int) -> None:
        super().__init__(name)
        self.age = age

    def older(self, years: int) -> int:
        return self.age + years


c = Child("a", 3)
c.describe().upper()
c.size() + "1"  # E: Unsupported operand types for + ("int" and "str")  [operator]
c.older("2")  # E: Argument 1 to "older" of "Child" has incompatible type "str"; expected "int"  [arg-type]
c.items.append("x")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
c.age = "old"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
c.name = 5  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
c.nonexistent = 1  # E: "Child" has no attribute "nonexistent"  [attr-defined]
Base("x").older(1)  # E: "Base" has no attribute "older"  [attr-defined]
Child("a")  # E: Missing positional argument "age" in call to "Child"  [call-arg]
Base.kind.upper()
b: Base = c
d: Child = Base("x")  # E: Incompatible types in assignment (expression has type "Base", variable has type "Child")  [assignment]
