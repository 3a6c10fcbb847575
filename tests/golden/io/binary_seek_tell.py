# Binary seek/tell round trips through BufferedRandom, BufferedReader and
# BytesIO, with reads and writes in between.
import io
import os

path = "binary_seek_tell.tmp"
with open(path, "wb") as f:
    f.write(bytes(range(48, 48 + 40)))
for layer in ["file", "bytesio", "python"]:
    if layer == "file":
        f = open(path, "r+b")
    elif layer == "bytesio":
        f = io.BufferedRandom(io.BytesIO(bytes(range(48, 48 + 40))), 8)
    else:
        class Raw(io.RawIOBase):
            def __init__(self):
                self.b = io.BytesIO(bytes(range(48, 48 + 40)))
            def readable(self): return True
            def writable(self): return True
            def seekable(self): return True
            def readinto(self, buf):
                d = self.b.read(len(buf)); buf[:len(d)] = d; return len(d)
            def write(self, data): return self.b.write(data)
            def seek(self, pos, whence=0): return self.b.seek(pos, whence)
            def tell(self): return self.b.tell()
            def truncate(self, size=None): return self.b.truncate(size)
        f = io.BufferedRandom(Raw(), 8)
    out = [f.read(3), f.tell(), f.seek(10), f.read(5), f.tell(), f.seek(-3, 1), f.read(2), f.seek(-4, 2), f.read(),
           f.tell(), f.seek(5), f.write(b"XY"), f.tell(), f.read(3), f.seek(0), f.read(8), f.truncate(20), f.seek(0, 2)]
    print(layer, out)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(layer, "ValueError", e)
    f.close()
os.remove(path)
