# Comparisons (item by item, across type codes), repr and str, hashing.
import array
from _check import show

pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], []), ([2], [1, 5])]
for x, y in pairs:
    a, b = array.array("i", x), array.array("i", y)
    print(x, y, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]), array.array("f", [0.1]) == array.array("d", [0.1]))
print(array.array("i", [1]) == [1], array.array("i", [1]).__eq__([1]), array.array("i", [1]).__lt__([1]))
show(lambda: array.array("i") < [1])
show(hash, array.array("i"))
for code, init in (("b", [1, -1]), ("u", "hi"), ("d", [1.5, -0.0]), ("f", [0.1]), ("Q", [2 ** 64 - 1]), ("u", "")):
    a = array.array(code, init)
    print(repr(a), str(a))


class MyArray(array.array):
    pass


m = MyArray("i", [1, 2])
print(repr(m), type(m[:]).__name__, type(m + m).__name__, type(m * 2).__name__, isinstance(m, array.array))
m.extra = 1
print(m.extra, m.tolist())
