# readinto() on binary files, and errors for operations a mode does not allow.
import os

name = "_readinto.bin"
with open(name, "wb") as f:
    f.write(bytes(range(10)))
with open(name, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    view = memoryview(bytearray(8))
    print(f.readinto(view), view.tobytes())
    print(f.readinto(bytearray(3)))
    try:
        f.readinto(b"readonly")
    except TypeError as e:
        print("TypeError:", e)
with open(name, "rb", buffering=0) as f:
    buf = bytearray(16)
    print(f.readinto(buf), bytes(buf[:10]))
with open(name, "rb") as f:
    for op in ["write(b'x')", "truncate()", "writable()"]:
        try:
            print(op, eval("f." + op))
        except OSError as e:
            print(op, type(e).__name__, e)
with open(name, "wb") as f:
    for op in ["read()", "readline()", "readable()", "readinto(bytearray(1))"]:
        try:
            print(op, eval("f." + op))
        except OSError as e:
            print(op, type(e).__name__, e)
with open(name, "rb", buffering=0) as f:
    for op in ["write(b'x')", "truncate()"]:
        try:
            print(op, eval("f." + op))
        except OSError as e:
            print(op, type(e).__name__, e)
with open(name, "r") as f:
    for op in ["write('x')", "truncate()", "writelines(['a'])"]:
        try:
            print(op, eval("f." + op))
        except OSError as e:
            print(op, type(e).__name__, e)
os.remove(name)
