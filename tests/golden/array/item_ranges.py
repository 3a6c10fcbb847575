# Every integer type code: range edges and CPython's overflow / type messages.
import array
from _check import show

for code in "bBhHiIlLqQ":
    bits = array.array(code).itemsize * 8
    print(code, bits)
    for v in (0, 2 ** bits - 1, 2 ** bits, 2 ** (bits - 1) - 1, 2 ** (bits - 1), -1, -(2 ** (bits - 1)),
              -(2 ** (bits - 1)) - 1, 2 ** 70, -(2 ** 70), 1.5, "x", None, True):
        show(array.array, code, [v])
