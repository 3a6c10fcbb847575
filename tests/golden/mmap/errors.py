# mmap's error messages.
import mmap

m = mmap.mmap(-1, 10)
calls = [lambda: m[10], lambda: m["a"], lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, "a"),
         lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m.__delitem__(0), lambda: m.__delitem__(slice(0, 1)),
         lambda: m.seek(11), lambda: m.seek(0, 5), lambda: m.seek(-1), lambda: m.move(0, 5, 6),
         lambda: m.resize(-1), lambda: m.write(b"x" * 11), lambda: m.write("text"), lambda: mmap.mmap(-1, -1),
         lambda: mmap.mmap(-1, 10, offset=-1), lambda: mmap.mmap(-1, 0), lambda: mmap.mmap(-1, 10, access=7),
         lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ), lambda: m.flush(0, 20),
         lambda: m.madvise(mmap.MADV_NORMAL, 20), lambda: m.madvise(mmap.MADV_NORMAL, 0, -1),
         lambda: m.find("a")]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
m.seek(0, 2)
for call in [m.read_byte, lambda: m.write_byte(1), lambda: m.write(b"a"), m.readline, m.tell, m.read]:
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
v = memoryview(m)
for call in [m.close, lambda: m.resize(20)]:
    try:
        call()
    except BufferError as e:
        print(type(e).__name__, e)
v.release()
m.close()
for call in [lambda: m[0], m.read, lambda: len(m), m.size, m.tell, lambda: m.write(b""), lambda: memoryview(m)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(m.closed)
