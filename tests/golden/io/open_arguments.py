# open(): every argument, including opener, and the messages for bad ones.
import io
import os

path = "open_arguments.tmp"
with open(path, "w", encoding="utf-8", newline="\r\n") as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.buffer.__class__.__name__)
    f.write("x\ny\n")
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
with open(path, "r", buffering=1) as f:
    print(f.line_buffering, f.read())
with open(path, "rb", buffering=5) as f:
    print(f.read1(100))

opened = []


def opener(p, flags):
    opened.append((p, flags & 3 == os.O_RDONLY))
    return os.open(p, flags)


with open(path, "r", opener=opener) as h:
    print(repr(h.read()), opened)
for bad_opener in [lambda p, fl: -1, lambda p, fl: "fd"]:
    try:
        open(path, opener=bad_opener)
    except Exception as e:
        print(type(e).__name__, e)
for mode in ["rw", "rbt", "U", "x+r", "", "rb+b", "z", "tb", "+"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="x"), dict(mode="rb", newline=""),
           dict(buffering=0), dict(newline="x"), dict(encoding="nope"), dict(encoding=3), dict(mode=3),
           dict(closefd=False)]:
    try:
        open(path, **kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    open()
except TypeError as e:
    print("TypeError", e)
try:
    open(path + "\0")
except ValueError as e:
    print("ValueError", e)
with open(path, encoding="locale") as f:
    print(f.encoding)
print(io.open is open, io.open_code(path).read())
try:
    io.open_code(b"bytes")
except TypeError as e:
    print("TypeError", e)
os.remove(path)
