# Native and embedded library modules import like any other.
import sys
import math
import string
import operator
import io
import gc

print(math.sqrt(16), string.ascii_lowercase[:5], operator.add(2, 3))
print(io.StringIO("x").read(), gc.isenabled())
print(sys.modules["math"] is math, "string" in sys.modules)
from string import digits as d
print(d)
