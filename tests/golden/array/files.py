# tofile / fromfile with binary files, short reads and bad arguments.
import array
import os
from _check import show

path = "array_files.tmp"
a = array.array("i", range(1000))
with open(path, "wb") as f:
    a.tofile(f)
print(os.path.getsize(path))
b = array.array("i")
with open(path, "rb") as f:
    b.fromfile(f, 10)
    b.fromfile(f, 990)
    show(b.fromfile, f, 1)
print(b == a, len(b))
with open(path, "rb") as f:
    c = array.array("i")
    show(c.fromfile, f, 2000)
    print(len(c))
    show(c.fromfile, f, -1)
show(array.array("i").fromfile, 1, 1)
show(array.array("i").tofile, 1)
os.remove(path)
