# mypy: check-untyped-defs
# --check-untyped-defs: the bodies of unannotated functions are checked,
# their parameters being Any.
from typing import List


def untyped(a, b):
    total = 0
    total = "text"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
    items: List[int] = []
    items.append("x")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
    reveal_type(a)  # N: Revealed type is "Any"
    reveal_type(total)  # N: Revealed type is "builtins.int"
    return a + b


def also_untyped():
    value = 1 + ""  # E: Unsupported operand types for + ("int" and "str")  [operator]
    missing_name  # E: Name "missing_name" is not defined  [name-defined]
    return value


class Holder:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        self.count = len(self.items)
        self.count = "many"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]


def typed(a: int) -> str:
    return a  # E: Incompatible return value type (got "int", expected "str")  [return-value]
