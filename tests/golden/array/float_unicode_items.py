# 'f', 'd' and 'u' items: conversions, precision, wide characters.
import array
from _check import show


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


for code in "fd":
    for v in (1, 1.5, 0.1, "x", 10 ** 400, None, True, 1e300, -0.0, float("inf"), F(), I()):
        show(array.array, code, [v])
for v in ("a", "ab", "", 1, b"a", "\U0001f600", "\xe9"):
    show(array.array, "u", [v])
u = array.array("u", "h\xe9llo \U0001f600")
print(u, len(u), u.tounicode(), u[1], u[-1], u.itemsize)
u.fromunicode("!!")
print(u, u.count("!"), u.index("l"))
show(u.fromunicode, 1)
show(array.array("i").fromunicode, "x")
show(array.array("i").tounicode)
print(array.array("f", [0.1, 1 / 3]), array.array("d", [0.1, 1 / 3]))
