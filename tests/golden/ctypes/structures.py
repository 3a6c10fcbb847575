# Structure and Union: layout (alignment, _pack_, nesting, arrays), field
# descriptors, initialisation, bit fields, assignment and errors.
from ctypes import *

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT), ("name", c_char * 8), ("tags", c_short * 3)]

r = RECT(POINT(1, 2), (3, 4), b"box")
print(r.a.x, r.a.y, r.b.x, r.b.y, r.name, list(r.tags), sizeof(RECT), alignment(RECT))
r.b = POINT(7, 8)
r.a.x = 100
r.tags[1] = 5
r.name = b"other"
print(r.a.x, r.b.y, list(r.tags), r.name)
print(POINT.x, POINT.y, RECT.name, RECT.tags, POINT.y.offset, POINT.y.size)

class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("i", c_int), ("b", c_bool)]
print(sizeof(Mixed), [getattr(Mixed, n).offset for n in ("c", "d", "s", "i", "b")])

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]
print(sizeof(Packed), Packed.d.offset, Packed.s.offset)

class Packed2(Structure):
    _pack_ = 2
    _fields_ = [("c", c_char), ("i", c_int), ("q", c_longlong)]
print(sizeof(Packed2), Packed2.i.offset, Packed2.q.offset)

class U(Union):
    _fields_ = [("i", c_uint), ("b", c_ubyte * 4), ("d", c_double)]
u = U()
u.i = 0x01020304
print(list(u.b), sizeof(U), alignment(U), U.d.offset)

class Bits(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_uint, 5), ("c", c_int, 4), ("d", c_uint, 20), ("e", c_int, 2)]
bt = Bits(5, 31, -3, 300, -1)
print(bt.a, bt.b, bt.c, bt.d, bt.e, sizeof(Bits))
print(Bits.a, Bits.c, Bits.e)
bt.a = 9
print(bt.a, bt.b)

class Base(Structure):
    _fields_ = [("x", c_int)]
class Derived(Base):
    _fields_ = [("y", c_double)]
d = Derived(1, 2.0)
print(d.x, d.y, sizeof(Derived), Derived.y.offset)

d2 = Derived(y=3.5)
print(d2.x, d2.y)

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n2 = Node(2)
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, bool(n1.next), bool(n2.next), sizeof(Node))

class Empty(Structure):
    pass
print(sizeof(Empty))

for make in [lambda: POINT(1, 2, 3), lambda: POINT(x=1, z=2), lambda: POINT("a"),
             lambda: setattr(r, "a", 5), lambda: POINT(1, x=2)]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)

for fields in [[("x", 1)], [("x",)], 5, [("x", c_double, 3)], [("x", c_int, 33)]]:
    try:
        class Bad(Structure):
            _fields_ = fields
    except Exception as e:
        print(type(e).__name__, e)
try:
    POINT._fields_ = [("z", c_int)]
except AttributeError as e:
    print("AttributeError", e)
try:
    class BadPack(Structure):
        _pack_ = -1
        _fields_ = [("x", c_int)]
except ValueError as e:
    print("ValueError", e)

print(POINT.from_buffer_copy(b"\x05\0\0\0\x06\0\0\0").y)
