# A class deriving from io.RawIOBase that implements only readinto gets
# read, readall, readline, readlines and iteration from the base classes.
import io


class Chunky(io.RawIOBase):
    def __init__(self, data, step=3):
        self.data = data
        self.pos = 0
        self.step = step

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, self.step)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Chunky(b"hello\nworld\nlast")
print(r.read(4), r.read(), r.read())
r = Chunky(b"hello\nworld\nlast")
print(r.readline(), r.readline(2), list(r))
r = Chunky(b"a\nbb\nccc\n")
print(r.readlines(3), r.readlines())
r = Chunky(b"abc")
print(r.readall(), r.closed, r.readable(), r.writable(), r.seekable())
r.close()
print(r.closed, r.__dict__)
try:
    r.read()
except ValueError as e:
    print("ValueError", e)
print(isinstance(r, io.RawIOBase), isinstance(r, io.IOBase), isinstance(r, io.BufferedIOBase))
