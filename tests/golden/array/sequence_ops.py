# Indexing, slicing, slice assignment and deletion, concatenation, repetition.
import array
from _check import show

a = array.array("i", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[8:2:-2], a[100:], len(a))
show(a.__getitem__, 10)
show(a.__getitem__, -11)
show(a.__getitem__, "x")
show(a.__getitem__, slice(0, 5, 0))
a[0] = 100
a[-1] = -100
print(a)
show(a.__setitem__, 10, 1)
show(a.__setitem__, 0, "x")
a[2:4] = array.array("i", [7, 7, 7, 7])
print(a)
a[1:9] = array.array("i")
print(a)
a[::2] = array.array("i", [1, 2, 3])
print(a)
show(a.__setitem__, slice(None, None, 2), array.array("i", [1]))
show(a.__setitem__, slice(0, 1), [1])
show(a.__setitem__, slice(0, 1), array.array("h", [1]))
a[:] = a
print(a)
a[len(a):] = a
print(a)
del a[1]
del a[::2]
print(a)
del a[:]
print(a, len(a))
show(a.__delitem__, 0)
b = array.array("h", range(10))
del b[1:8:3]
print(b)
del b[::-1]
print(b)
x = array.array("b", [1, 2])
y = array.array("b", [3])
print(x + y, x * 3, 3 * x, x * 0, x * -2, y * 1)
show(lambda: x + [1])
show(lambda: x + array.array("h"))
show(lambda: x * "x")
show(lambda: x * 2.0)
x += y
x *= 2
print(x)
show(x.__iadd__, [1])
show(x.__iadd__, array.array("h"))
x *= 0
print(x)
print(list(array.array("d", [1.5, 2.5])), list(reversed(array.array("b", [1, 2, 3]))))
print(3 in array.array("i", [1, 3]), "x" in array.array("i", [1]), 1.0 in array.array("i", [1]))
