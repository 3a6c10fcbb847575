# The Struct type: format and size, its methods, re-initialisation, subclasses.
import _struct
from _check import show

s = _struct.Struct("<2hq")
print(s.format, s.size, type(s).__name__, type(s).__module__, type(s))
print(s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(s.unpack_from(bytes(20), 4), list(s.iter_unpack(bytes(24))))
buf = bytearray(14)
s.pack_into(buf, 1, -1, -2, -3)
print(buf)
show(s.pack, 1)
show(s.pack, 1, 2, 3, 4)
show(s.unpack, b"x")
show(s.pack_into, bytearray(12))
show(s.pack_into, bytearray(12), 0)
show(s.pack_into, bytearray(12), 0, 1)
print(_struct.Struct(b">i").format, _struct.Struct(b">i").size)
s.__init__(">q")
print(s.format, s.size, s.pack(5))
show(s.__init__, "zz")
print(s.format, s.size)
show(setattr, s, "size", 3)
show(setattr, s, "format", "i")
print(s.__sizeof__() > 0, sorted(n for n in dir(s) if not n.startswith("__")))


class Record(_struct.Struct):
    def __init__(self):
        super().__init__("<Ih")

    def read(self, data):
        return dict(zip(("id", "n"), self.unpack(data)))


r = Record()
print(r.size, r.format, r.read(r.pack(7, -3)), isinstance(r, _struct.Struct))
import weakref
w = weakref.ref(s)
print(w() is s)
print(sorted(n for n in dir(_struct) if not n.startswith("__")))
_struct._clearcache()
print(_struct.calcsize("i"))
