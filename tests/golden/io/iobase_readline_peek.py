# IOBase.readline reads through peek() when the object has one, a byte at a
# time through read() otherwise; size limits the line.
import io


class Peeky(io.RawIOBase):
    def __init__(self, data):
        self.b = io.BytesIO(data)
        self.reads = []

    def readable(self):
        return True

    def readinto(self, buf):
        d = self.b.read(len(buf))
        self.reads.append(len(buf))
        buf[:len(d)] = d
        return len(d)

    def peek(self, n=0):
        pos = self.b.tell()
        d = self.b.read(5)
        self.b.seek(pos)
        return d


p = Peeky(b"abcdefgh\nij\nkl\nmn")
print(p.readline(3), p.readline(), p.readlines(2), p.readlines())
print(p.reads)


class OneByte(io.RawIOBase):
    def __init__(self, data):
        self.b = io.BytesIO(data)
        self.reads = []

    def readable(self):
        return True

    def readinto(self, buf):
        d = self.b.read(len(buf))
        self.reads.append(len(buf))
        buf[:len(d)] = d
        return len(d)


o = OneByte(b"xy\nz")
print(o.readline(), o.readline(), o.readline(), o.reads)


class BadPeek(io.RawIOBase):
    def peek(self, n=0):
        return "str"


try:
    BadPeek().readline()
except OSError as e:
    print("OSError", e)
for bad in [2.5, "3"]:
    try:
        OneByte(b"").readline(bad)
    except TypeError as e:
        print("TypeError", e)
