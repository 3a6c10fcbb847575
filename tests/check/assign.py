# Assignments to declared and inferred variables.
from typing import Dict, List, Optional

a: int = "s"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
b = 1
b = "x"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
c: List[int] = [1, 2]
c = ["a"]  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
d = [1, 2]
d = [3]
d = "no"  # E: Incompatible types in assignment (expression has type "str", variable has type "List[int]")  [assignment]
e: Optional[str] = None
e = "ok"
e = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "Optional[str]")  [assignment]
f: Dict[str, int] = {}
f["k"] = 1
f["k"] = "v"  # E: Incompatible types in assignment (expression has type "str", target has type "int")  [assignment]
f[1] = 2  # E: Invalid index type "int" for "Dict[str, int]"; expected type "str"  [index]
g = {"a": 1}
g = {"a": "b"}  # E: Dict entry 0 has incompatible type "str": "str"; expected "str": "int"  [dict-item]
h, i = 1, "s"
h = "t"  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
i = 2  # E: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
j: float = 1
k: complex = 1.5
m: object = "anything"
m = 3
n: bytes = bytearray()
