# tell() cookies over BytesIO round-trip through seek(), with multi-byte
# characters, after readline and after read(n).
import io

data = "aé€𝄞\nline2 ñ\nend".encode("utf-8")
t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
marks = []
while True:
    p = t.tell()
    c = t.read(1)
    if not c:
        break
    marks.append((p, c))
print(len(marks))
for p, c in marks[::2]:
    t.seek(p)
    assert t.read(1) == c
    print(p, repr(c))
t.seek(0)
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell())
pos = t.tell()
rest = t.read()
t.seek(pos)
print(t.read() == rest, t.seek(0, 2), repr(t.read()), t.seek(0, 1) == t.tell())
t = io.TextIOWrapper(io.BytesIO(b"x\ny\n"))
for line in t:
    try:
        t.tell()
    except OSError as e:
        print("OSError", e)
        break
for bad in ["t.seek(1, 1)", "t.seek(1, 2)", "t.seek(0, 3)", "t.seek(-1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
