# Bad input raises Python exceptions (never crashes): abstract classes,
# NULL pointers and functions, wrong _type_/_length_/_fields_ values,
# deleting values, oversized arrays, unsupported operations.
import ctypes
from ctypes import *


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", result)


for base in (ctypes.Structure, ctypes.Union, ctypes.Array, ctypes._Pointer, ctypes._SimpleCData):
    attempt("abstract " + base.__name__, base)
attempt("NULL pointer index", lambda: POINTER(c_double)()[3])
attempt("NULL pointer store", lambda: POINTER(c_int)().__setitem__(0, 1))
attempt("NULL c_char_p", lambda: c_char_p().value)
attempt("pointer slice without stop", lambda: pointer(c_int(1))[0:])
attempt("incomplete pointer", lambda: POINTER("Nothing")())
attempt("del value", lambda: delattr(c_int(1), "value"))
attempt("del item", lambda: (c_int * 2)().__delitem__(0))
attempt("del contents", lambda: delattr(pointer(c_int()), "contents"))
attempt("array of non-ctype", lambda: int * 3)
attempt("array too long", lambda: c_char * (2**62))
attempt("sizeof(int)", lambda: sizeof(int))
attempt("alignment(1)", lambda: alignment(1))
attempt("addressof(1)", lambda: addressof(1))
attempt("byref(1)", lambda: byref(1))
attempt("pointer(1)", lambda: pointer(1))
attempt("POINTER(1)", lambda: POINTER(1))
attempt("cast to int", lambda: cast(c_void_p(), c_int))
attempt("string_at(NULL)", lambda: string_at(0, 0))
attempt("c_int * 'a'", lambda: c_int * "a")
attempt("resize borrowed", lambda: resize(c_int.from_buffer(bytearray(8)), 8))
attempt("from_buffer str", lambda: c_int.from_buffer("abcd"))
attempt("from_buffer_copy short", lambda: c_double.from_buffer_copy(b"1234"))
attempt("c_char array store", lambda: (c_char * 2)().__setitem__(0, b"xy"))
attempt("wchar array value", lambda: setattr(create_unicode_buffer(2), "value", "abc"))
attempt("char array raw", lambda: setattr(create_string_buffer(2), "raw", b"abc"))
attempt("struct field type", lambda: type("S", (Structure,), {"_fields_": [("a", c_int * 2)]})(a=5))
attempt("array _length_ missing", lambda: type("A", (ctypes.Array,), {"_type_": c_int}))
attempt("array _length_ str", lambda: type("A", (ctypes.Array,), {"_type_": c_int, "_length_": "3"}))
attempt("array _length_ negative", lambda: type("A", (ctypes.Array,), {"_type_": c_int, "_length_": -3}))
attempt("array _type_ missing", lambda: type("A", (ctypes.Array,), {"_length_": 3}))
attempt("array _type_ bad", lambda: type("A", (ctypes.Array,), {"_length_": 3, "_type_": int}))
attempt("pointer _type_ bad", lambda: type("P", (ctypes._Pointer,), {"_type_": 5}))
attempt("funcptr _flags_ missing", lambda: type("F", (ctypes._CFuncPtr,), {}))
attempt("funcptr bad argument", lambda: CFUNCTYPE(c_int)(1.5))
attempt("callback bad argtype", lambda: CFUNCTYPE(c_int, int))
attempt("restype bad", lambda: setattr(CFUNCTYPE(c_int)(), "restype", 3))
attempt("unknown library", lambda: CDLL("libdoes_not_exist_xyz.so") and None)
attempt("pointer contents type", lambda: setattr(pointer(c_int()), "contents", c_double()))
attempt("pointer item type", lambda: pointer(c_int()).__setitem__(0, "x"))
attempt("too many array items", lambda: (c_int * 1)(1, 2))
attempt("set_errno('x')", lambda: set_errno("x"))
attempt("byref offset", lambda: byref(c_int(), "x"))
attempt("resize str", lambda: resize(c_int(), "x"))
attempt("from_buffer offset", lambda: c_int.from_buffer(bytearray(8), 2**70))
attempt("array huge count", lambda: c_int * 2**70)
attempt("bits str", lambda: type("S", (Structure,), {"_fields_": [("a", c_int, "x")]}))
attempt("in_dll without handle", lambda: c_int.in_dll(5, "x"))
print("still alive")

class P(Structure):
    _fields_ = [("x", c_int)]
attempt("struct from_param", lambda: P.from_param(3))
attempt("array from_param", lambda: (c_int * 2).from_param(3))
attempt("function from_param", lambda: CFUNCTYPE(c_int).from_param(3.5))
attempt("c_char_p from_param", lambda: c_char_p.from_param(3.5))
attempt("c_wchar_p from_param", lambda: c_wchar_p.from_param(b"x"))
attempt("c_void_p from_param", lambda: c_void_p.from_param(3.5))
