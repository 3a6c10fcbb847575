# Writing to an r+ text file after reading: the write lands after the chunk read ahead.
import os

name = "_read_then_write.txt"
with open(name, "w") as f:
    f.write("a\nb\nc\n")
with open(name, "r+") as f:
    print(repr(f.read(1)))
    f.write("Z")
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+") as f:
    f.write("AB")
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+b") as f:
    print(f.read(1))
    f.write(b"!")
    f.seek(0)
    print(f.read())
os.remove(name)
