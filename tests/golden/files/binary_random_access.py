# Buffered binary random access: relative seeks, readline limits, failed seeks keep the position.
import os
name = "_binary_random.bin"
with open(name, "w+b") as f:
    f.write(b"0123456789\nabc\n")
    print(f.seek(-3, 1), f.read(), f.seek(2), f.read(3), f.tell())
    print(f.readline(3), f.readline(), f.readline(), f.readline())
    f.seek(0)
    print(f.read(None), f.read(-1), f.read(0))
    f.seek(0)
    print(f.readlines(), f.seek(0), f.readlines(5))
    try:
        f.seek(-100)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(e)
    try:
        f.seek(1.5)
    except TypeError as e:
        print(e)
    print(f.write(b""), f.tell(), f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(name, "rb", buffering=0) as f:
    print(f.readall(), f.read(), f.read(None))
    f.seek(0)
    print(f.read(2), f.readline(), f.readlines())
with open(name, "w") as f:
    print("printed", 1, 2, file=f, sep=",")
    try:
        f.writelines(["ok\n", 5])
    except TypeError as e:
        print(e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
with open(name, "x+") as f:
    f.write("xplus")
    f.seek(0)
    print(f.read(), f.mode)
with open(name, "a+b") as f:
    print(f.mode, type(f).__name__, f.tell())
    f.seek(0)
    print(f.read(2))
    f.write(b"END")
    f.seek(0)
    print(f.read())
os.remove(name)
