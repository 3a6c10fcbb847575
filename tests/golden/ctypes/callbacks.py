# CFUNCTYPE callbacks: qsort with a Python comparison, callbacks with
# various argument and result types, calling a callback from Python,
# exceptions inside callbacks (reported as unraisable) and a wrong result type.
import sys
import ctypes.util
from ctypes import *

libc = CDLL(ctypes.util.find_library("c"))

CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def py_cmp(a, b):
    calls.append((a[0], b[0]))
    return a[0] - b[0]
arr = (c_int * 6)(5, 1, 4, 2, 6, 3)
libc.qsort(arr, len(arr), sizeof(c_int), CMP(py_cmp))
print(list(arr), len(calls) > 0, CMP.__name__, CMP._restype_, CMP._argtypes_)

DCMP = CFUNCTYPE(c_int, c_void_p, c_void_p)
darr = (c_double * 4)(2.5, -1.0, 9.75, 0.5)
def dcmp(a, b):
    x = c_double.from_address(a).value
    y = c_double.from_address(b).value
    return (x > y) - (x < y)
libc.qsort(darr, 4, sizeof(c_double), DCMP(dcmp))
print(list(darr))

ADD = CFUNCTYPE(c_double, c_double, c_int, c_char, c_bool)
add = ADD(lambda d, i, c, b: d + i + ord(c) + b)
print(add(0.5, 2, b"A", True), type(add).__name__)

STR = CFUNCTYPE(c_int, c_char_p)
seen = []
def take(s):
    seen.append(s)
    return len(s)
print(STR(take)(b"hello"), seen)

VOID = CFUNCTYPE(None, c_int)
VOID(lambda x: seen.append(x * 2))(21)
print(seen)

class PAIR(Structure):
    _fields_ = [("a", c_int), ("b", c_int)]
SPAIR = CFUNCTYPE(c_int, PAIR)
print(SPAIR(lambda p: p.a * p.b)(PAIR(6, 7)))

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg)
sys.unraisablehook = hook

def boom(a, b):
    raise ZeroDivisionError("in callback")
print(CFUNCTYPE(None, c_int, c_int)(boom)(1, 2))

BAD = CFUNCTYPE(c_int)
print(BAD(lambda: "not an int")())
print(CFUNCTYPE(c_int, c_int)(lambda x: x * 3)(14))

f = CFUNCTYPE(c_int, c_int)(abs)
try:
    f("x")
except ArgumentError as e:
    print("ArgumentError", e)
try:
    f()
except TypeError as e:
    print("TypeError", e)
print(bool(CFUNCTYPE(c_int)()), CFUNCTYPE(c_int, c_int) is CFUNCTYPE(c_int, c_int))
try:
    CFUNCTYPE(c_int)("not callable")
except TypeError as e:
    print("TypeError", e)
