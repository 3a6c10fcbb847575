# Every integer format under every byte order: the edges of its range and
# CPython's out-of-range messages (native and standard rules differ).
import _struct
from _check import show

for prefix in "@=<>!":
    for code in "bBhHiIlLqQnNP":
        if prefix != "@" and code in "nNP":
            continue
        fmt = prefix + code
        bits = _struct.calcsize(fmt) * 8
        print(fmt, _struct.calcsize(fmt))
        for v in (0, 1, -1, 2 ** (bits - 1) - 1, 2 ** (bits - 1), -(2 ** (bits - 1)), -(2 ** (bits - 1)) - 1,
                  2 ** bits - 1, 2 ** bits, 2 ** 70, -(2 ** 70)):
            show(_struct.pack, fmt, v)
