# Fixed and variadic tuples.
from typing import Tuple


def divmod2(a: int, b: int) -> Tuple[int, int]:
    return a // b, a % b


q, r = divmod2(7, 2)
q.upper()  # E: "int" has no attribute "upper"  [attr-defined]
q, r, s = divmod2(7, 2)  # E: Need more than 2 values to unpack (3 expected)  [misc]
pair: Tuple[int, str] = (1, 2)  # E: Incompatible types in assignment (expression has type "Tuple[int, int]", variable has type "Tuple[int, str]")  [assignment]
triple: Tuple[int, str, float] = (1, "a", 2.0)
triple[2].upper()  # E: "float" has no attribute "upper"  [attr-defined]
var: Tuple[int, ...] = (1, 2, 3)
var[10].upper()  # E: "int" has no attribute "upper"  [attr-defined]
var = ("a",)  # E: Incompatible types in assignment (expression has type "Tuple[str]", variable has type "Tuple[int, ...]")  [assignment]
reveal_type(pair + triple)  # N: Revealed type is "Tuple[builtins.int, builtins.str, builtins.int, builtins.str, builtins.float]"
empty = ()
reveal_type(empty)  # N: Revealed type is "Tuple[]"
