# __reduce_ex__ by protocol, _array_reconstructor, copy and deepcopy.
import array
import copy
from _check import show

for code, init in (("i", [1, -2]), ("u", "ab"), ("d", [1.5]), ("B", [255]), ("q", [-1]), ("H", [7])):
    a = array.array(code, init)
    for protocol in (0, 2, 3, 4):
        print(code, protocol, a.__reduce_ex__(protocol))
r = array._array_reconstructor
show(r, array.array, "i", 8, b"\x01\x00\x00\x00")
show(r, array.array, "i", 9, b"\x00\x00\x00\x01")
show(r, array.array, "b", 12, b"\x01" + b"\0" * 7)
show(r, array.array, "b", 13, b"\xff" * 8)
show(r, array.array, "b", 3, b"\x01\x02")
show(r, array.array, "d", 14, b"\x00\x00\xc0\x3f")
show(r, array.array, "f", 17, b"\x3f\xf8" + b"\0" * 6)
show(r, array.array, "i", 1, b"\xff")
show(r, array.array, "u", 21, b"\0\0\0a")
show(r, 1, "i", 8, b"")
show(r, int, "i", 8, b"")
show(r, array.array, "z", 8, b"")
show(r, array.array, 1, 8, b"")
show(r, array.array, "i", 99, b"")
show(r, array.array, "i", 8, "x")
show(r, array.array, "i", 8, b"\x01\x00")


class Sub(array.array):
    pass


s = Sub("h", [1, 2])
print(s.__reduce_ex__(3)[1][0] is Sub, s.__reduce_ex__(3)[2])
s.tag = "t"
print(s.__reduce_ex__(2))
rebuilt = r(*s.__reduce_ex__(3)[1])
print(type(rebuilt).__name__, rebuilt)
a = array.array("d", [1.0, 2.0])
c, d = copy.copy(a), copy.deepcopy(a)
a[0] = 9
print(a, c, d, c is a)
