# Pickling and copying ctypes instances (state: __dict__ and the memory's
# bytes), the refusal for types holding pointers, and unhashability.
import copy
import pickle
from ctypes import *

class Pt(Structure):
    _fields_ = [("x", c_int), ("y", c_double), ("name", c_char * 6)]

for obj in [c_int(5), c_double(2.5), c_char(b"q"), Pt(1, 2.5, b"pt")]:
    data = pickle.dumps(obj)
    back = pickle.loads(data)
    print(type(back).__name__, bytes(bytearray(back)) == bytes(bytearray(obj)), data == pickle.dumps(back))
p = Pt(3, 4.5, b"abc")
p.extra = "kept"
q = copy.deepcopy(p)
print(q.x, q.y, q.name, q.extra, copy.copy(c_int(9)).value)
for obj in [c_char_p(b"x"), pointer(c_int()), c_void_p(), (POINTER(c_int) * 2)()]:
    try:
        pickle.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
try:
    hash(c_int(1))
except TypeError as e:
    print("TypeError", e)
print(c_char_p.from_param(None), c_void_p.from_param(None))
