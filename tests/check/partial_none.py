# A variable first set to None takes Optional of its next value.


def f(items: list) -> None:
    best = None
    for item in items:
        best = 1
    reveal_type(best)  # N: Revealed type is "Union[builtins.int, None]"


def g() -> int:
    x = None
    x = 5
    return x


class Holder:
    def __init__(self) -> None:
        self.value = None

    def set(self) -> None:
        self.value = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "None")  [assignment]
