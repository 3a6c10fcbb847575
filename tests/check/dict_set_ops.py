# dict and set operations: views, get, setdefault, pop, set algebra.
from typing import Dict, List, Set

d: Dict[str, int] = {"a": 1}
d.get("a") + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]
d.get("a", 0) + 1
d.setdefault("b", 2) + 1
d.pop("a") + 1
d.pop("a", None) + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]
for k in d.keys():
    k.upper()
for v in d.values():
    v.upper()  # E: "int" has no attribute "upper"  [attr-defined]
d.update(c=3)
s: Set[int] = {1, 2}
t = s | {3}
reveal_type(t)  # N: Revealed type is "builtins.set[builtins.int]"
u = s & {"a"}
s.union([4]).add(5)
s.add("x")  # E: Argument 1 to "add" of "set" has incompatible type "str"; expected "int"  [arg-type]
s - {1}
frozenset(s).add(1)  # E: "FrozenSet[int]" has no attribute "add"  [attr-defined]
words: Dict[str, List[int]] = {}
words.setdefault("x", []).append(1)
words.setdefault("x", []).append("y")  # E: Argument 1 to "append" of "list" has incompatible type "str"; expected "int"  [arg-type]
