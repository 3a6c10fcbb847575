# Simple ctypes types: values, reprs, truncation, conversions and their errors.
from ctypes import *
from ctypes import _SimpleCData

for t, v in [(c_byte, 200), (c_ubyte, -1), (c_short, 70000), (c_ushort, -2), (c_int, 2**33 + 5),
             (c_uint, -1), (c_long, -3), (c_ulong, 2**64 + 7), (c_longlong, 2**63), (c_ulonglong, -1),
             (c_int8, 127), (c_int16, -32768), (c_uint32, 2**32), (c_int64, 12)]:
    x = t(v)
    print(t.__name__, repr(x), x.value, sizeof(t), alignment(t))

print(c_float(1.1).value, c_double(1.1), c_longdouble(2.5).value)
print(c_bool(0), c_bool([1]), c_bool(None).value)
print(c_char(b'z'), c_char(65), c_char().value)
print(c_wchar('\u00e9'), c_wchar().value == '\x00')
print(c_char_p(b'abc').value, c_char_p().value, c_char_p(None).value)
print(c_wchar_p('h\u00e9').value, c_wchar_p().value)
print(c_void_p().value, c_void_p(1234).value, c_size_t(-1).value == 2**64 - 1, c_ssize_t(-1).value)
print(py_object([1, 2]).value, py_object(), repr(py_object(None)))

x = c_int(3)
x.value = 10
x.value += 1
print(x.value, bool(x), bool(c_int(0)), bool(c_double(0.0)))

class MyInt(c_int):
    pass
m = MyInt(4)
print(m.value, type(m).__name__, isinstance(m, c_int), repr(m).startswith('<MyInt object at'))

for make in [lambda: c_int(1.5), lambda: c_int('1'), lambda: c_char('ab'), lambda: c_char(256),
             lambda: c_char_p('str'), lambda: c_wchar_p(b'b'), lambda: c_void_p('x'),
             lambda: c_double('x'), lambda: c_wchar('ab'), lambda: c_int(1, 2),
             lambda: c_int() + 1]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)

for code in ['x', 'ii', 3]:
    try:
        class B(_SimpleCData):
            _type_ = code
    except Exception as e:
        print(type(e).__name__, e)
try:
    class C(_SimpleCData):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    _SimpleCData()
except TypeError as e:
    print('TypeError', e)
