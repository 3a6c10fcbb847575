# An anonymous map: file-like reading and writing, indexing, slicing and
# slice assignment, find/rfind, move, resize, memoryview over it, and a
# shared map seen by a forked child.
import mmap
import os

m = mmap.mmap(-1, 16)
print(len(m), m.tell(), m[:4], m.closed)
try:
    m.size()
except OSError as e:
    print(type(e).__name__, e)
print(m.write(b"hello world\n"), m.tell())
m.write_byte(ord("!"))
m.seek(0)
print(m.readline(), m.read_byte(), m.read(2), m.read(), m.read())
m[0] = ord("H")
m[6:11] = b"WORLD"
print(m[0], m[-1], m[:12], m[::2], m[10:2:-3])
m[::4] = b"abcd"
print(m[:])
print(m.find(b"o"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"zz"), m.find(b"L", -10, -4), m.rfind(b"l", 0, 4))
m.seek(4)
print(m.find(b"a"), m.find(b"b"))
m.seek(-3, 2)
print(m.tell())
m.seek(-1, 1)
print(m.tell())
m.move(0, 6, 5)
print(m[:])
m.resize(24)
print(len(m), m[16:])
m.resize(8)
print(len(m), m[:])
v = memoryview(m)
print(v.readonly, v.nbytes, bytes(v[1:3]))
v[0] = ord("Z")
print(m[0])
v.release()
m.flush()
m.madvise(mmap.MADV_NORMAL)
m.madvise(mmap.MADV_WILLNEED, 0, 4)
print(repr(m))
m.close()
print(m.closed, repr(m))
m.close()

shared = mmap.mmap(-1, mmap.PAGESIZE)
pid = os.fork()
if pid == 0:
    shared[:5] = b"child"
    os._exit(0)
os.waitpid(pid, 0)
print(shared[:5])
with mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE) as private:
    pid = os.fork()
    if pid == 0:
        private[:5] = b"child"
        os._exit(0)
    os.waitpid(pid, 0)
    print(private[:5], private.closed)
print(private.closed)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.PAGESIZE % 4096)
print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS, mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC)
print(mmap.MADV_DONTNEED, mmap.MADV_FREE, mmap.error is OSError)
