# Objects that C memory points into stay alive as long as the ctypes object
# referring to them (the _objects bookkeeping), across garbage collection,
# and memory shared between views (from_buffer, contents, fields) stays shared.
import gc
from ctypes import *

class Rec(Structure):
    _fields_ = [("name", c_char_p), ("value", POINTER(c_int)), ("arr", c_int * 3)]

def build():
    r = Rec()
    r.name = b"built" + b" record"
    r.value = pointer(c_int(17))
    return r

r = build()
gc.collect()
junk = [bytes(100) for _ in range(1000)]
print(r.name, r.value[0], r.value.contents.value)

items = (c_char_p * 3)()
items[0] = b"first" + b"!"
items[2] = b"third" + b"?"
gc.collect()
print(items[:], items._objects is not None)

inner = r.arr
inner[1] = 5
print(list(r.arr), inner._b_base_ is r, r._b_needsfree_, inner._b_needsfree_)
del r
gc.collect()
print(list(inner))

buf = bytearray(12)
view = (c_int * 3).from_buffer(buf)
view[2] = -1
print(buf.hex())
try:
    buf.extend(b"x")
except BufferError as e:
    print("BufferError", e)
del view
buf.extend(b"x")
print(len(buf))

x = c_double(1.0)
p = pointer(x)
del x
gc.collect()
print(p.contents.value, p[0])
c = p.contents
c.value = 4.0
print(p[0])
