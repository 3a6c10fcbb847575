# open() in binary mode and the modes x, +, buffering=0.
import os

path = "_tmp_files_binary.bin"
with open(path, "wb") as f:
    print(repr(f), f.mode)
    print(f.write(b"\x00\x01\x02abc"), f.write(bytearray(b"de")), f.tell())
with open(path, "rb") as f:
    print(f.read(2), f.read(), f.read(), f.tell())
    f.seek(-2, 2)
    print(f.read(), f.seek(1), f.read(1))
with open(path, "rb", buffering=0) as f:
    print(repr(f), f.read())
with open(path, "ab") as f:
    f.write(b"\n2nd line\n")
with open(path, "rb") as f:
    print(f.readline(), f.readline(), f.readline())
with open(path, "r+b") as f:
    f.seek(3)
    f.write(b"XYZ")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.seek(0, 2))
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.remove(path)
with open(path, "x") as f:
    f.write("exclusive")
with open(path) as f:
    print(f.read())
os.remove(path)
for mode in ["rw", "z", "rbt", ""]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), e)
for kwargs in [{"mode": "rb", "encoding": "utf-8"}, {"mode": "r", "newline": "x"}, {"mode": "r", "buffering": 0}]:
    try:
        open(path, **kwargs)
    except ValueError as e:
        print(e)
