# Lists, dicts, sets and tuples: methods, indexing, iteration, unpacking.
from typing import Dict, List, Set, Tuple

nums = [1, 2, 3]
nums[0] + "x"  # E: Unsupported operand types for + ("int" and "str")  [operator]
nums["a"]  # E: No overload variant of "__getitem__" of "list" matches argument type "str"  [call-overload]
names = {"a": 1}
names[1]  # E: Invalid index type "int" for "Dict[str, int]"; expected type "str"  [index]
names["a"].upper()  # E: "int" has no attribute "upper"  [attr-defined]
for n in nums:
    n.upper()  # E: "int" has no attribute "upper"  [attr-defined]
for k, v in names.items():
    k.upper()
    v.upper()  # E: "int" has no attribute "upper"  [attr-defined]
s = {1, 2}
s.add("x")  # E: Argument 1 to "add" of "set" has incompatible type "str"; expected "int"  [arg-type]
t = (1, "a", 2.0)
t[0].upper()  # E: "int" has no attribute "upper"  [attr-defined]
t[1].upper()
t[5]  # E: Tuple index out of range  [misc]
a, b, c = t
a.upper()  # E: "int" has no attribute "upper"  [attr-defined]
x, y = t  # E: Too many values to unpack (2 expected, 3 provided)  [misc]
p, *rest = nums
rest.upper()  # E: "List[int]" has no attribute "upper"  [attr-defined]
d: Dict[str, Set[int]] = {}
d["k"].add(1)
d["k"].add("no")  # E: Argument 1 to "add" of "set" has incompatible type "str"; expected "int"  [arg-type]
pairs: List[Tuple[int, str]] = [(1, "a")]
for i, name in pairs:
    i + name  # E: Unsupported operand types for + ("int" and "str")  [operator]
3[0]  # E: Value of type "int" is not indexable  [index]
len(5)  # E: Argument 1 to "len" has incompatible type "int"; expected "Sized"  [arg-type]
list(5)  # E: No overload variant of "list" matches argument type "int"  [call-overload]
