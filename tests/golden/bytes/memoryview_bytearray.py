ba = bytearray(b"hello")
m = memoryview(ba)
print(m.readonly, m.tobytes())
m[0] = 72
print(ba)
m[1:3] = b"EL"
print(ba, m.tobytes())
ba[4] = 79
print(m.tobytes(), m[4])
try:
    ba.append(33)
except BufferError as e:
    print("BufferError", e)
m.release()
ba.append(33)
print(ba)
with memoryview(ba) as mv:
    sub = mv[1:3]
    print(sub.tobytes(), sub.readonly)
    sub.release()
ba.extend(b"?")
print(ba)
m = memoryview(ba)
for c in ["m[0] = 256", "m[0] = b'a'", "m[0:2] = b'abc'", "del m[0]"]:
    try:
        exec(c)
    except Exception as e:
        print(type(e).__name__, e)
m.release()
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print("ValueError", e)
