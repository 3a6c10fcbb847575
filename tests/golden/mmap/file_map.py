# Maps of a file: the whole file or a window at an offset, ACCESS_READ,
# ACCESS_WRITE and ACCESS_COPY, resize growing the file, flush.
import mmap
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        f.write(b"0123456789" * 1000)
    with open(path, "r+b") as f:
        m = mmap.mmap(f.fileno(), 0)
        print(len(m), m[:10], m.size())
        m[:5] = b"ABCDE"
        m.flush()
        m.close()
    with open(path, "rb") as f:
        print(f.read(12))

    with open(path, "rb") as f:
        r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        print(r[:5], memoryview(r).readonly)
        for call in [lambda: r.write(b"x"), lambda: r.__setitem__(0, 1), lambda: r.resize(3), lambda: r.move(0, 1, 1)]:
            try:
                call()
            except TypeError as e:
                print(type(e).__name__, e)
        r.close()

    with open(path, "r+b") as f:
        c = mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_COPY)
        c[:5] = b"copy!"
        print(c[:6])
        try:
            c.resize(200)
        except TypeError as e:
            print(e)
        c.close()
    with open(path, "rb") as f:
        print(f.read(6))

    page = mmap.ALLOCATIONGRANULARITY
    with open(path, "r+b") as f:
        w = mmap.mmap(f.fileno(), 10, offset=page, access=mmap.ACCESS_WRITE)
        print(len(w), w[:], repr(w).replace(str(page), "PAGE"))
        w.close()
        g = mmap.mmap(f.fileno(), 0)
        g.resize(20000)
        print(len(g), g.size(), os.path.getsize(path), g[-3:])
        g.close()

    empty = os.path.join(d, "empty")
    open(empty, "wb").close()
    with open(empty, "rb") as f:
        for args in [(f.fileno(), 0), (f.fileno(), 10)]:
            try:
                mmap.mmap(*args, access=mmap.ACCESS_READ)
            except ValueError as e:
                print(type(e).__name__, e)
    with open(path, "rb") as f:
        try:
            mmap.mmap(f.fileno(), 0, offset=page * 100, access=mmap.ACCESS_READ)
        except ValueError as e:
            print(type(e).__name__, e)
