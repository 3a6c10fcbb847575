# Which reading methods each binary layer has: FileIO has readall, the buffered readers read1 and peek.
import os

name = "_layer_methods.bin"
with open(name, "wb") as f:
    f.write(b"0123456789")
for mode, buffering in [("rb", 0), ("rb", -1), ("r+b", -1)]:
    with open(name, mode, buffering=buffering) as f:
        print(type(f).__name__, [m for m in ("readall", "read1", "peek", "readinto", "detach") if hasattr(f, m)])
        if hasattr(f, "read1"):
            print(f.read1(3), f.peek(1)[:1], f.read1())
        else:
            print(f.read(3), f.readall())
os.remove(name)
f = open(name, "wb")
f.write(b"pending")
raw = f.detach()
print(type(raw).__name__, raw.mode, raw.closed)
for op in [lambda: f.write(b"x"), lambda: f.closed, lambda: f.flush(), lambda: f.read(), lambda: f.close()]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
raw.write(b"+raw")
raw.close()
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
