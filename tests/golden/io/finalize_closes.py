# Objects that go away are closed as CPython closes them: a buffered or text
# wrapper over a Python object closes that object; a subclass's close() runs.
import gc
import io


class Tracked(io.RawIOBase):
    def __init__(self, name):
        self.name = name

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        return 0

    def write(self, b):
        print(self.name, "write", bytes(b))
        return len(b)

    def close(self):
        if not self.closed:
            print(self.name, "closed")
        super().close()


w = io.BufferedWriter(Tracked("raw-under-writer"))
w.write(b"pending")
del w
print("writer gone")
t = io.TextIOWrapper(io.BufferedWriter(Tracked("raw-under-text")), encoding="ascii")
t.write("text pending")
del t
print("text gone")
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii")
t.write("kept")
del t
print("BytesIO closed by its wrapper:", b.closed)


class Cyclic(io.IOBase):
    def close(self):
        print("cyclic close")
        super().close()


c = Cyclic()
c.me = c
del c
gc.collect()
print("collected")
