# 'e', 'f' and 'd' in each byte order: rounding, infinities, NaN, overflow.
import math
import _struct
from _check import show

for prefix in "@<>!=":
    for code in "efd":
        fmt = prefix + code
        for v in (0.0, -0.0, 1.0, -2.5, 0.1, 1e-8, 65504.0, 65519.0, 3.4e38, 1e300, math.inf, -math.inf, 5, True):
            show(_struct.pack, fmt, v)
        print(fmt, _struct.unpack(fmt, _struct.pack(fmt, 1.5)))
show(_struct.pack, "<e", 65520.0)
show(_struct.pack, "<f", 1e39)
show(_struct.pack, "f", 1e39)
show(_struct.pack, "d", "1.0")
show(_struct.pack, "d", 10 ** 400)
print(_struct.pack("<e", math.nan), math.isnan(_struct.unpack("<e", b"\x00\x7e")[0]))
print(_struct.unpack("<4e", b"\xff\x7b\x00\xfc\x01\x00\x00\x80"))
print(_struct.unpack(">f", b"\x7f\x7f\xff\xff"), _struct.unpack("<d", b"\x00" * 7 + b"\x80"))
# half floats: ties go to even, subnormals, the smallest values
for v in (2.0 ** -24, 2.0 ** -25, 1.5 * 2.0 ** -25, 2.0 ** -14, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 2048 + 1, 2048 + 3):
    p = _struct.pack("<e", v)
    print(v, p, _struct.unpack("<e", p)[0])


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 7


print(_struct.pack("<d", F()), _struct.pack("<f", I()))
