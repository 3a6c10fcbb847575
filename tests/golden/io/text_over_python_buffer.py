# TextIOWrapper over a Python object that only has the buffer methods: read1
# (or read), write, flush, close and the questions.
import io


class Buf:
    def __init__(self, data=b""):
        self.data = data
        self.written = []
        self.closed = False
        self.log = []

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return False

    def read1(self, n):
        self.log.append(("read1", n))
        chunk, self.data = self.data[:5], self.data[5:]
        return chunk

    def write(self, b):
        self.written.append(bytes(b))
        return len(b)

    def flush(self):
        self.log.append("flush")

    def close(self):
        self.log.append("close")
        self.closed = True


b = Buf(b"first line\nsecond\n")
t = io.TextIOWrapper(b, encoding="ascii")
print(repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.write("out\n")
t.flush()
print(b.written, b.log[-1])
try:
    t.tell()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
t.close()
print(t.closed, b.log[-2:])
print(repr(t))


class ReadOnly:
    closed = False

    def __init__(self, data):
        self.data = data
        self.log = []

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def read(self, n=-1):
        self.log.append(n)
        chunk, self.data = (self.data, b"") if n is None or n < 0 else (self.data[:n], self.data[n:])
        return chunk


r = ReadOnly(b"via read, no read1")
t = io.TextIOWrapper(r, encoding="ascii")
print(repr(t.read(3)), repr(t.read()), r.log)
try:
    t.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)


class BadRead(Buf):
    def read1(self, n):
        return "text"


try:
    io.TextIOWrapper(BadRead(), encoding="ascii").read(2)
except TypeError as e:
    print("TypeError", e)
