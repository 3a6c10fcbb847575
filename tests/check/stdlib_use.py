# Calls into the standard library's stubs.
import math
import os
import re
import sys
from collections import Counter, deque
from pathlib import Path

math.sqrt("4")  # E: Argument 1 to "sqrt" has incompatible type "str"; expected "Union[SupportsFloat, SupportsIndex]"  [arg-type]
math.floor(2.5).bit_length()
os.environ["HOME"].upper()
os.environ.get("X").upper()  # E: Item "None" of "Optional[str]" has no attribute "upper"  [union-attr]
re.compile("a").match(5)  # E: Argument 1 to "match" of "Pattern" has incompatible type "int"; expected "str"  [arg-type]
m = re.search("a", "abc")
m.group(0)  # E: Item "None" of "Optional[Match[str]]" has no attribute "group"  [union-attr]
sys.argv[0].upper()
sys.exit("bye")
p = Path("/tmp")
(p / "x").exists()
p.name.upper()
p.nope  # E: "Path" has no attribute "nope"  [attr-defined]
Counter("abc")["a"] + 1
dq = deque([1, 2])
dq.appendleft("x")  # E: Argument 1 to "appendleft" of "deque" has incompatible type "str"; expected "int"  [arg-type]
print("a", sep=1)  # E: No overload variant of "print" matches argument types "str", "int"  [call-overload]
open("f", mode=3)  # E: No overload variant of "open" matches argument types "str", "int"  [call-overload]
