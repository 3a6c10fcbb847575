# TextIOWrapper.detach(), opener=, closefd with names, and open() argument errors.
import os

name = "_detach.txt"
def opener(path, flags):
    print("opener called", path == name, flags & os.O_CREAT != 0)
    return os.open(path, flags, 0o644)
with open(name, "w", opener=opener) as f:
    f.write("opened")
f = open(name)
b = f.detach()
print(type(b).__name__, b.read())
for op in [lambda: f.read(), lambda: f.closed, lambda: f.name, lambda: f.write("x")]:
    try:
        op()
    except ValueError as e:
        print(e)
b.close()
for args, kwargs in [((name,), {"closefd": False}), ((name, "w"), {"errors": 5}), ((3.5,), {}),
                     ((name, 5), {}), ((name,), {"buffering": "x"}), ((name,), {"encoding": 5}),
                     ((name, "w"), {"newline": "\t"})]:
    try:
        open(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with open(name, "w", buffering=1) as f:
    print("line buffering:", f.line_buffering)
for bad in ["", "."]:
    try:
        open(bad)
    except OSError as e:
        print(type(e).__name__, e)
os.remove(name)
