# w+/a+/rb+ files mixing writes, reads, seeks, tell() and truncate().
import os
name = "_mixed_access.txt"
with open(name, "w+") as f:
    f.write("hello\nworld\n")
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write("X")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("end")
    f.seek(3)
    print(repr(f.read(4)), f.tell())
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(name, "a+") as f:
    f.write("more")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
with open(name, "rb+") as f:
    f.write(b"H")
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read())
os.remove(name)
