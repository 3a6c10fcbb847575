# memoryview over arrays: typed items, slicing, writes through the view, the
# size pinned while a view lives, and struct/bytes over the views.
import array
import _struct
from _check import show

a = array.array("i", [1, -2, 3, 4])
m = memoryview(a)
print(len(m), m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.contiguous)
print(m[0], m[-1], m.tolist(), list(m), m.tobytes(), bytes(m[1:3]), m.obj is a)
m[0] = 10
print(a)
show(m.__setitem__, 1, "x")
show(m.__setitem__, 1, 2 ** 40)
show(m.__setitem__, 1, 1.5)
show(m.__getitem__, 4)
s = m[::2]
print(s.tolist(), len(s), s.strides, s.contiguous, s.nbytes, bytes(s))
show(a.append, 5)
show(a.pop)
show(a.extend, [1])
show(a.frombytes, b"\0\0\0\0")
show(a.__delitem__, 0)
show(a.__imul__, 2)
a[0] = 7
print(a, m[0])
m.release()
a.append(5)
print(a)
with memoryview(a) as m2:
    show(a.remove, 7)
    print(m2.tolist())
a.remove(7)
print(a)
d = array.array("d", [1.5, 2.5])
md = memoryview(d)
print(md.format, md.tolist(), md[1])
md[0] = 3
print(d)
show(md.__setitem__, 0, "x")
b = array.array("b", [-1, 2])
mb = memoryview(b)
print(mb.format, mb.tolist(), mb[0])
show(mb.__setitem__, 0, 200)
mb[0] = -5
print(b)
q = array.array("Q", [2 ** 64 - 1])
mq = memoryview(q)
print(mq[0], mq.tolist())
mq[0] = 2 ** 63
print(q)
u = array.array("u", "ab")
mu = memoryview(u)
print(mu.format, mu.itemsize, len(mu))
show(mu.tolist)
raw = array.array("B", bytes(8))
_struct.pack_into("<I", memoryview(raw), 0, 0x01020304)
print(raw)
print(_struct.unpack_from("<I", memoryview(array.array("I", [7]))))
h = array.array("h", [0] * 4)
memoryview(h)[1:3] = memoryview(array.array("h", [5, 6]))
print(h)
show(memoryview(h).__setitem__, slice(0, 2), b"\x01\x00")
x = array.array("i", [1, 2])
y = array.array("i")
y.frombytes(memoryview(x))
print(y, bytes(memoryview(x)), bytearray(memoryview(x)[1:]))
print(memoryview(array.array("i", [1, 2])) == memoryview(array.array("i", [1, 2])))
print(memoryview(b"ab").format, memoryview(bytearray(b"ab")).tolist(), memoryview(b"abc")[::2].tobytes())
