# Errors in annotations themselves: undefined names, variables, functions
# and modules used as types, values that want Literal[...], brackets,
# type argument counts, Optional's arity, Callable's first argument.
import os
from typing import Callable, Dict, List, Optional, Tuple

limit = 5
names = ["a"]
Vector = List[float]
Pair = Tuple[int, int]


def helper() -> None:
    pass


def uses_variable(x: limit) -> None:  # E: Variable "annotation_errors.limit" is not valid as a type  [valid-type]
    pass


def uses_list_value(x: names) -> None:  # E: Variable "annotation_errors.names" is not valid as a type  [valid-type]
    pass


def uses_function(x: helper) -> None:  # E: Function "annotation_errors.helper" is not valid as a type  [valid-type]
    pass


def uses_module(x: os) -> None:  # E: Module "os" is not valid as a type  [valid-type]
    pass


def uses_literal_value(x: 5, y: True) -> None:  # E: Invalid type: try using Literal[True] instead?  [valid-type]  # E: Invalid type: try using Literal[5] instead?  [valid-type]
    pass


def uses_brackets(x: [int]) -> None:  # E: Bracketed expression "[...]" is not valid as a type  [valid-type]
    pass


def undefined(x: Undefined, y: "AlsoMissing") -> "Nowhere":  # E: Name "Undefined" is not defined  [name-defined]  # E: Name "AlsoMissing" is not defined  [name-defined]  # E: Name "Nowhere" is not defined  [name-defined]
    pass


def arity(a: List[int, str], b: Dict[str], c: Optional[int, str], d: int[str]) -> None:  # E: "list" expects 1 type argument, but 2 given  [type-arg]  # E: "dict" expects 2 type arguments, but 1 given  [type-arg]  # E: Optional[...] must have exactly one type argument  [valid-type]  # E: "int" expects no type arguments, but 1 given  [type-arg]
    pass


def callables(f: Callable[int, str], g: Callable[[int], str], h: Callable[..., None]) -> None:  # E: The first argument to Callable must be a list of types, parameter specification, or "..."  [valid-type]
    pass


def aliases(v: Vector, p: Pair, q: Optional[Vector]) -> List[Pair]:
    return [p]


def nested(x: Dict[str, limit], y: List[helper]) -> Optional[os]:  # E: Variable "annotation_errors.limit" is not valid as a type  [valid-type]  # E: Function "annotation_errors.helper" is not valid as a type  [valid-type]  # E: Module "os" is not valid as a type  [valid-type]
    return None


value: limit = 1  # E: Variable "annotation_errors.limit" is not valid as a type  [valid-type]
items: List["Undefined2"] = []  # E: Name "Undefined2" is not defined  [name-defined]


class Holder:
    size = 3

    def method(self, n: size) -> None:  # E: Variable "annotation_errors.Holder.size" is not valid as a type  [valid-type]
        pass
