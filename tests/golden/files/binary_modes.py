# Binary modes rb, wb, ab, xb, r+b, w+b, a+b.
import os

name = "_binary_modes.bin"
with open(name, "wb") as f:
    print(f.mode, type(f).__name__, f.write(b"\x00\x01abc"))
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(name, "rb") as f:
    print(f.mode, type(f).__name__, f.read())
with open(name, "ab") as f:
    f.write(bytearray(b"++"))
with open(name, "rb") as f:
    print(f.read(2), f.read(), f.read())
with open(name, "r+b") as f:
    f.seek(2)
    f.write(b"XYZ")
    f.seek(0)
    print(f.read())
with open(name, "w+b") as f:
    f.write(b"hello world")
    f.seek(-5, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.truncate(5), f.seek(0), f.read())
with open(name, "a+b") as f:
    f.write(b"!")
    f.seek(0)
    print(f.read())
os.remove(name)
with open(name, "xb") as f:
    f.write(memoryview(b"view"))
with open(name, "rb") as f:
    buf = bytearray(3)
    print(f.readinto(buf), buf)
    print(list(f))
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(name, "rb", newline="")
except ValueError as e:
    print(e)
try:
    open(name, "r", buffering=0)
except ValueError as e:
    print(e)
os.remove(name)
