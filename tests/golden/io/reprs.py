# The reprs of every io class, open and closed.
import io
import os

path = "reprs.tmp"
with open(path, "w") as f:
    print(repr(f), repr(f.buffer), repr(f.buffer.raw))
print(repr(f), repr(f.buffer), repr(f.buffer.raw))
with open(path, "rb") as f:
    print(repr(f))
with open(path, "r+b") as f:
    print(repr(f))
with open(path, "rb", buffering=0) as f:
    print(repr(f))
fd = os.open(path, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(repr(f).replace(str(fd), "FD"), repr(f.buffer.raw).replace(str(fd), "FD"))
print(repr(io.FileIO(fd, closefd=False)).replace(str(fd), "FD"))
os.close(fd)
t = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
print(repr(t))
t.mode = "w"
print(repr(t))
print(repr(io.BufferedReader(io.BytesIO())), repr(io.BufferedWriter(io.BytesIO())), repr(io.BufferedRandom(io.BytesIO())))
print(repr(io.StringIO())[:13], repr(io.BytesIO())[:12], repr(io.BufferedRWPair(io.BytesIO(), io.BytesIO()))[:20])
os.remove(path)
