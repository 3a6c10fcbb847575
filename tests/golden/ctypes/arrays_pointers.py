# Arrays (types from `T * n`, indexing, slicing, char arrays' value/raw),
# pointers (POINTER, pointer, contents, indexing), cast, memmove/memset,
# string_at, byref and buffers (from_buffer, from_buffer_copy, from_address).
from ctypes import *

IntArr = c_int * 5
print(IntArr.__name__, IntArr is c_int * 5, (5 * c_int) is IntArr, sizeof(IntArr), len(IntArr()))
a = IntArr(1, 2, 3)
print(list(a), a[0], a[-1], a[1:4], a[::2], a[::-1])
a[4] = 9
a[0:2] = [7, 8]
print(list(a), 3 in a, sum(a))
for bad in [lambda: a[5], lambda: a.__setitem__(0, 'x'), lambda: IntArr(1, 2, 3, 4, 5, 6),
            lambda: a.__setitem__(slice(0, 2), [1]), lambda: c_int * -1, lambda: a['x']]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

Matrix = (c_double * 3) * 2
m = Matrix((1, 2, 3), (4, 5, 6))
print(m[1][2], [list(row) for row in m], sizeof(Matrix), Matrix.__name__)

s = create_string_buffer(b"hello")
print(sizeof(s), s.value, s.raw, s[0], s[1:3], type(s).__name__)
s.value = b"hi"
print(s.raw, s.value)
s.raw = b"xyz"
print(s.raw)
try:
    s.value = b"too long value"
except ValueError as e:
    print("ValueError", e)
print(create_string_buffer(3).raw, create_string_buffer(b"ab", 4).raw)
u = create_unicode_buffer("h\u00e9llo")
print(sizeof(u) // sizeof(c_wchar), u.value, u[1], u[0:2])
u.value = "x"
print(u.value, u[:3])

ip = POINTER(c_int)
print(ip.__name__, ip is POINTER(c_int), POINTER(c_int)().__bool__())
x = c_int(5)
p = pointer(x)
print(p.contents, p[0], type(p).__name__)
p[0] = 6
p.contents.value += 1
print(x.value)
y = c_int(99)
p.contents = y
print(p[0], x.value)
arr = (c_int * 4)(10, 20, 30, 40)
pa = cast(arr, POINTER(c_int))
print(pa[0], pa[3], pa[1:3], type(pa).__name__)
pa[2] = 33
print(list(arr))
vp = cast(arr, c_void_p)
print(cast(vp, POINTER(c_int))[1], bool(vp.value))
np = POINTER(c_int)()
for bad in [lambda: np[0], lambda: np.contents, lambda: cast(1, int), lambda: p.__setattr__('contents', 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

dst = (c_char * 8)()
memmove(dst, b"abcdef", 6)
print(dst.raw)
memset(dst, ord("z"), 3)
print(dst.raw, string_at(dst), string_at(dst, 2), wstring_at(create_unicode_buffer("wide"), 3))

ba = bytearray(8)
v = c_int.from_buffer(ba, 4)
v.value = 0x01020304
print(ba, c_int.from_buffer_copy(ba, 4).value, (c_ubyte * 4).from_buffer(ba)[:])
for bad in [lambda: c_int.from_buffer(b"1234"), lambda: c_int.from_buffer(bytearray(2)),
            lambda: c_int.from_buffer(bytearray(8), -1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
w = c_int(42)
print(c_int.from_address(addressof(w)).value, addressof(w) == addressof(pointer(w).contents))
print(type(byref(w)).__name__, sizeof(w), sizeof(c_char * 0))

n = c_int(3)
resize(n, 16)
print(sizeof(n))
try:
    resize(n, 2)
except ValueError as e:
    print("ValueError", e)

pp = POINTER(POINTER(c_int))(pointer(c_int(8)))
print(pp[0][0], pp.contents.contents.value)
cp = c_char_p(b"text")
print(cast(cp, c_void_p).value == cast(cp, c_void_p).value, cast(cp, POINTER(c_char))[1])
