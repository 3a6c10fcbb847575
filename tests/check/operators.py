# Binary and unary operators, comparisons.
from typing import List, Optional

1 + "a"  # E: Unsupported operand types for + ("int" and "str")  [operator]
"a" + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
1 + 2.0
[1] + [2]
[1] + "s"  # E: No overload variant of "__add__" of "list" matches argument type "str"  [operator]
(1, 2) + (3,)
None + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]
object() + 1  # E: Unsupported operand types for + ("object" and "int")  [operator]
-"s"  # E: Unsupported operand type for unary - ("str")  [operator]
~1.5  # E: Unsupported operand type for ~ ("float")  [operator]
not "x"
1 < "a"  # E: Unsupported operand types for < ("int" and "str")  [operator]
"a" < "b"
1 in 3  # E: Unsupported right operand type for in ("int")  [operator]
1 in [1, 2]
3 * "ab"
"ab" * 3
"ab" * "c"  # E: Unsupported operand types for * ("str" and "str")  [operator]
1 / 2
5 // 2.0
2 ** 3
"%d" % 5
b"x" + "y"  # E: Unsupported operand types for + ("bytes" and "str")  [operator]
x: Optional[int] = None
x + 1  # E: Unsupported operand types for + ("None" and "int")  [operator]
1 + x  # E: Unsupported operand types for + ("int" and "None")  [operator]
l: List[int] = []
l += [1]
l += ["a"]  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
s = "t"
s += 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
n = 1
n += 1.5  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
