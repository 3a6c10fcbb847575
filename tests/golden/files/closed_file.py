# A file closed by with: closed attribute and operations on a closed file.
import os

name = "_closed.txt"
with open(name, "w") as f:
    print("inside:", f.closed)
print("after:", f.closed)
for op in [lambda: f.write("x"), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0),
           lambda: f.flush(), lambda: iter(f), lambda: f.readline(), lambda: f.fileno()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
f.close()
print("double close is fine")
try:
    with f:
        pass
except ValueError as e:
    print("re-entering:", e)

with open(name, "rb") as b:
    pass
try:
    b.read()
except ValueError as e:
    print("binary:", e)

f = open(name, "w")
try:
    with f as same:
        print("enter returns the file:", same is f)
        raise KeyError("body error")
except KeyError:
    print("closed on error:", f.closed)
os.remove(name)
