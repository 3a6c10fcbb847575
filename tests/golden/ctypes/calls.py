# Calling C: libc and libm through CDLL, argtypes/restype/errcheck, the
# default conversions, variadic calls (snprintf into a buffer), use_errno,
# structures by value and by reference, and ArgumentError.
import ctypes
import ctypes.util
from ctypes import *

libc = CDLL(ctypes.util.find_library("c"))
libm = CDLL(ctypes.util.find_library("m"))
print(libc.strlen(b"hello"), libc.abs(-5), libc.atoi(b"  42x"))
print(libc.strlen is libc.strlen, libc["strlen"] is not libc.strlen, libc.strlen.__name__)

libm.sqrt.restype = c_double
libm.sqrt.argtypes = [c_double]
print(libm.sqrt(2.0), libm.sqrt(16), libm.sqrt.argtypes, libm.sqrt.restype)
libm.pow.restype = c_double
print(libm.pow(c_double(2), c_double(10)))
libm.floorf.restype = c_float
libm.floorf.argtypes = (c_float,)
print(libm.floorf(2.75))

buf = create_string_buffer(100)
n = libc.snprintf(buf, sizeof(buf), b"%s=%d, %5.2f|%c|%ld", b"x", 42, c_double(3.14159), ord("A"), c_long(2**40))
print(n, buf.value)
libc.sprintf(buf, b"%x %o", 255, 8)
print(buf.value)

libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print(libc.strchr(b"hello world", ord("w")), libc.strchr(b"abc", ord("z")))
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
libc.strtol.restype = c_long
end = c_char_p()
print(libc.strtol(b"123abc", byref(end), 10), end.value)

libc.getenv.restype = c_char_p
print(libc.getenv(b"NO_SUCH_VARIABLE_HERE_XYZ"))

class DIV(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
libc.div.restype = DIV
libc.div.argtypes = [c_int, c_int]
d = libc.div(17, 5)
print(type(d).__name__, d.quot, d.rem)

class LDIV(Structure):
    _fields_ = [("quot", c_long), ("rem", c_long)]
libc.ldiv.restype = LDIV
r = libc.ldiv(c_long(-17), c_long(5))
print(r.quot, r.rem)

def check(result, func, args):
    print("errcheck", result, func.__name__, args)
    return result * 2
libc.abs.errcheck = check
print(libc.abs(-21))
del libc.abs.errcheck

libc.labs.restype = lambda v: "converted %d" % v
print(libc.labs(-3))

class MyInt(c_int):
    pass
libc.abs.restype = MyInt
res = libc.abs(-9)
print(type(res).__name__, res.value)
libc.abs.restype = c_int

libc_e = CDLL(ctypes.util.find_library("c"), use_errno=True)
set_errno(0)
libc_e.strtol(b"99999999999999999999999", None, 10)
print(get_errno() == 34, set_errno(5), get_errno())

nul = open("/dev/null").fileno()
for bad in [lambda: libc.strlen(1.5), lambda: libm.sqrt("x"), lambda: libc.strchr(b"a"),
            lambda: libc.strlen(object()), lambda: libc.no_such_function_xyz,
            lambda: setattr(libc.abs, "restype", 5), lambda: setattr(libc.abs, "errcheck", 3),
            lambda: setattr(libc.abs, "argtypes", [5])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(":")[0] if isinstance(e, AttributeError) else e)

class Wrapped:
    def __init__(self, v):
        self._as_parameter_ = v
print(libc.abs(Wrapped(-4)))

memcmp = libc.memcmp
memcmp.argtypes = [c_void_p, c_void_p, c_size_t]
print(memcmp(b"abc", b"abd", 3) < 0, memcmp(b"abc", b"abc", 3))
wcslen = libc.wcslen
wcslen.argtypes = [c_wchar_p]
wcslen.restype = c_size_t
print(wcslen("h\u00e9llo"))
print(CFUNCTYPE(c_int)(libc.rand._handle if False else cast(libc.abs, c_void_p).value)() in range(-2**31, 2**31))

# Integer addresses through c_void_p argtypes (what multiprocessing.sharedctypes does).
target = (c_int * 2)(7, 8)
memset(addressof(target), 0, sizeof(c_int))
nine = c_int(9)
memmove(addressof(target) + sizeof(c_int), addressof(nine), sizeof(c_int))
print(list(target), c_void_p.from_param(5), c_int.from_param(6))
