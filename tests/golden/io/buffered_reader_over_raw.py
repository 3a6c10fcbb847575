# BufferedReader over a Python raw object: it reads through readinto in
# buffer-size chunks and passes name, mode, closed and the questions on.
import io


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = []

    def readable(self):
        return True

    def readinto(self, b):
        self.calls.append(len(b))
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


src = Source(b"line one\nline two\nthird")
b = io.BufferedReader(src, 4)
print(repr(b), b.raw is src, b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.peek(1)[:1], b.read(3), b.readline(), b.read1(2), list(b))
print(src.calls)
print(b.closed)
b.close()
print(b.closed, src.closed)
for op in ["name", "mode", "fileno()"]:
    try:
        print(op, eval("b." + op))
    except Exception as e:
        print(op, type(e).__name__, e)
src.name = "the-source"
print(repr(b))


class Lying(Source):
    def readinto(self, b):
        return len(b) + 5


try:
    io.BufferedReader(Lying(b"")).read(3)
except OSError as e:
    print("OSError", e)
