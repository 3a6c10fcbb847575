b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), bytes(m), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
s = m[1:4]
print(s.tobytes(), len(s), s[0], s.obj is b, bytes(m[::2]), m[::-1].tobytes(), m[::2].tolist(), m[1:5][1:3].tobytes())
print(m == b"abcdef", m == b"abc", m[:3] == b"abc", m == m, list(m[4:]), m.hex())
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
try:
    len(mv)
except ValueError as e:
    print("ValueError", e)
m2 = memoryview(b"xyz")
m2.release()
m2.release()
for call in (lambda: m2[0], lambda: m2.tobytes(), lambda: bytes(m2)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
cases = [lambda: memoryview("a"), lambda: memoryview(5), lambda: m[10], lambda: m["x"], lambda: m.__setitem__(0, 1)]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(memoryview(b"ab")) == hash(b"ab"))
ro = memoryview(bytearray(b"rw")).toreadonly()
print(ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
