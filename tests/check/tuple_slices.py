# Slices of fixed tuples with constant bounds stay fixed tuples.
from typing import Tuple

t: Tuple[int, str, float] = (1, "a", 2.0)
reveal_type(t[::-1])  # N: Revealed type is "Tuple[builtins.float, builtins.str, builtins.int]"
reveal_type(t[1:])  # N: Revealed type is "Tuple[builtins.str, builtins.float]"
reveal_type(t[:-1])  # N: Revealed type is "Tuple[builtins.int, builtins.str]"
reveal_type(t[-2:])  # N: Revealed type is "Tuple[builtins.str, builtins.float]"
reveal_type(t[::2])  # N: Revealed type is "Tuple[builtins.int, builtins.float]"
reveal_type(t[5:])  # N: Revealed type is "Tuple[]"
a, b = t[1:]
a.upper()
b.upper()  # E: "float" has no attribute "upper"  [attr-defined]
n = 2
reveal_type(t[n:])  # N: Revealed type is "builtins.tuple[Union[builtins.int, builtins.str, builtins.float], ...]"
