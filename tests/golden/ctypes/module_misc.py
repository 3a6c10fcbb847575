# The rest of ctypes' surface: wintypes and util import, in_dll, from_param,
# keeping referenced objects alive, unions inside structures, incomplete
# pointer types, sizes of the fixed-width aliases, ArgumentError's place.
import ctypes
import ctypes.util
import ctypes.wintypes as wt
from ctypes import *

print(ctypes.util.find_library("c") is not None, ctypes.util.find_library("no_such_lib_xyz"))
print(sizeof(wt.DWORD), sizeof(wt.HANDLE), wt.BOOL(1).value, wt.VARIANT_BOOL(True).value, sizeof(wt.RECT))
print([sizeof(t) for t in (c_int8, c_int16, c_int32, c_int64, c_uint8, c_uint16, c_uint32, c_uint64)])
print(c_size_t is c_ulong, c_ssize_t is c_long, c_voidp is c_void_p, ctypes.ARRAY(c_int, 3) is c_int * 3)
print(ArgumentError.__module__, issubclass(ArgumentError, Exception))

libc = CDLL(ctypes.util.find_library("c"))
print(c_int.in_dll(libc, "optind").value)
try:
    c_int.in_dll(libc, "no_such_symbol_xyz")
except ValueError:
    print("ValueError for a missing symbol")

print(type(c_int.from_param(3)).__name__, c_int.from_param(c_int(4)).value)
for bad in [lambda: c_int.from_param("x"), lambda: POINTER(c_int).from_param(c_double()),
            lambda: (c_int * 2).from_param(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def make():
    s = c_char_p(b"kept " + b"alive")
    return s
print(make().value)
class Holder(Structure):
    _fields_ = [("p", c_char_p), ("w", c_wchar_p)]
h = Holder(b"abc" * 2, "x" * 3)
print(h.p, h.w)
h.p = b"new"
print(h.p)

class Inner(Union):
    _fields_ = [("i", c_int), ("f", c_float)]
class Outer(Structure):
    _fields_ = [("tag", c_char), ("u", Inner), ("tail", c_short)]
o = Outer(b"t", Inner(f=1.0), 3)
print(hex(o.u.i), o.tail, sizeof(Outer), Outer.u.offset, Outer.tail.offset)

LP = POINTER("Later")
class Later(Structure):
    _fields_ = [("v", c_int)]
ctypes.SetPointerType(LP, Later)
print(LP(Later(5)).contents.v, LP.__name__)

print(POINTER(None) is c_void_p if False else ctypes._pointer_type_cache[None] is c_void_p)
print(bool(c_void_p()), bool(c_char_p(b"")), c_char_p(b"").value)
arr = (c_char_p * 2)(b"one", b"two")
print(arr[0], arr[1], arr[:])
ppc = (POINTER(c_int) * 2)()
print(bool(ppc[0]), ppc[0].__class__.__name__)
print(isinstance(c_int(), ctypes._SimpleCData), issubclass(c_int * 2, ctypes.Array),
      issubclass(POINTER(c_int), ctypes._Pointer), type(c_int).__name__, type(Outer).__name__,
      type(c_int * 2).__name__, type(POINTER(c_int)).__name__, type(CFUNCTYPE(None)).__name__)

class _U(Union):
    _fields_ = [("lval", c_long), ("dval", c_double)]
class Tagged(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("kind", c_int), ("u", _U)]
t = Tagged(1)
t.dval = 2.5
print(t.dval, t.u.dval, Tagged.dval.offset, Tagged.lval)
try:
    class BadAnon(Structure):
        _anonymous_ = ["missing"]
        _fields_ = [("x", c_int)]
except AttributeError as e:
    print("AttributeError", e)
