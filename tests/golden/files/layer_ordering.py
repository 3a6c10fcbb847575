# Text written through a file and bytes written to its .buffer or .raw: which reaches the file first.
import os

name = "_layers.txt"
with open(name, "w") as f:
    f.write("a")
    f.buffer.write(b"b")
    f.write("c")
with open(name) as f:
    print(repr(f.read()))
with open(name, "w") as f:
    print("printed", file=f)
    f.buffer.write(b"|")
    f.flush()
    f.buffer.write(b"!")
with open(name) as f:
    print(repr(f.read()))
with open(name, "w", buffering=4096) as f:
    f.write("x" * 10000)
    f.buffer.write(b"|")
with open(name) as f:
    data = f.read()
    print(len(data), data.index("|"))
with open(name, "wb") as f:
    f.write(b"1")
    f.raw.write(b"2")
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
