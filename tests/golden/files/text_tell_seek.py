# tell()/seek() on text files with multi-byte characters, and tell() refused during iteration.
import os

name = "_tell_seek.txt"
with open(name, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo\nw\u00f6rld\n\u2603 end")
with open(name, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)), f.tell())
    f.seek(pos)
    print(repr(f.readline()))
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e, repr(line))
    print("after iteration:", f.tell())
    f.seek(0)
    print(next(f), end="")
    try:
        f.tell()
    except OSError as e:
        print("still iterating:", e)
with open(name, encoding="utf-8") as f:
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)
    try:
        f.seek(0, 3)
    except ValueError as e:
        print(e)
    print(f.seek(0, 2), repr(f.read()))
os.remove(name)
