# array(typecode, initializer): every initializer kind and the errors.
import array
from _check import show

print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a))
show(array.array)
show(array.array, 1)
show(array.array, "z")
show(array.array, "ii")
show(array.array, "i", "abc")
show(array.array, "u", "abc")
show(array.array, "i", b"abcd")
show(array.array, "h", bytearray(b"\x01\x00\x02\x00"))
show(array.array, "i", b"abc")
show(array.array, "i", array.array("u", "a"))
show(array.array, "u", array.array("i", [1]))
show(array.array, "d", array.array("i", [1, 2]))
show(array.array, "i", array.array("i", [4, 5]))
show(array.array, "i", typecode="i")
show(array.array, "i", 5)
show(array.array, "i", [1], 2)
show(array.array, "i", range(5))
show(array.array, "b", (x for x in (1, 2, 3)))
show(array.array, "b", [1, 2, 300])
show(array.array, "B", {7: None})
