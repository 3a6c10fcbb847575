# FileIO made from Python: by name or descriptor, its modes, closefd, and
# its errors.
import io
import os

path = "fileio_ctor.tmp"
with open(path, "wb") as f:
    f.write(b"0123456789")

f = io.FileIO(path)
print(f, f.name, f.mode, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.read(3), f.readall(), f.tell(), f.seek(2), f.read(2))
b = bytearray(4)
print(f.readinto(b), b, f.read(0), f.read())
f.close()
print(f, f.closed)
for args in [(path, "rt"), (path, "rw"), (path, ""), (3.5,), (-1,), (path, "r", False), (path, "rr"), (path, "r++"),
             (path, "rbb"), ("no-such-file",), (".",)]:
    try:
        g = io.FileIO(*args)
        print(args, g.mode)
        g.close()
    except Exception as e:
        print(args, type(e).__name__, e)

fd = os.open(path, os.O_RDONLY)
g = io.FileIO(fd, closefd=False)
print(repr(g).replace(str(fd), "FD"), g.read(2), g.name == fd)
g.close()
print(os.read(fd, 2))
os.close(fd)

for mode in ["w", "a", "r+", "x"]:
    try:
        w = io.FileIO(path, mode)
        print(mode, w.mode, w.readable(), w.writable(), w.write(b"ab"), w.tell())
        w.close()
    except FileExistsError as e:
        print(mode, "FileExistsError", e.errno)
w = io.FileIO(path, "w")
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
w.close()
r = io.FileIO(path)
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
r.close()
os.remove(path)
