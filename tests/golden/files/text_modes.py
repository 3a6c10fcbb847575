# Text modes w, r, a, x, r+, w+, a+ and what each allows.
import os

name = "_text_modes.txt"
with open(name, "w") as f:
    print(f.mode, f.name, f.writable(), f.readable(), f.seekable())
    print(f.write("first line\n"), f.write("second\n"))
with open(name) as f:
    print(f.mode, repr(f.read()))
with open(name, "a") as f:
    f.write("appended\n")
    print("tell after append", f.tell())
with open(name, "r") as f:
    print(f.readlines())
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
with open(name, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(name, "w+") as f:
    print("truncated:", repr(f.read()))
    f.write("new content")
    f.seek(0)
    print(repr(f.read()))
with open(name, "a+") as f:
    print("a+ starts at end:", f.tell())
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
os.remove(name)
with open(name, "x") as f:
    print(f.mode)
    f.write("exclusive")
with open(name) as f:
    try:
        f.write("no")
    except OSError as e:
        print(type(e).__name__, e)
with open(name, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
for bad in ["rw", "q", "rr", "wb+t", "U"]:
    try:
        open(name, bad)
    except ValueError as e:
        print(repr(bad), e)
os.remove(name)
