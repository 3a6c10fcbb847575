# readline(size) and read(n) on text count characters, not bytes, and
# readlines(hint) stops once the hint is reached.
import io

data = "αβγδε\nshort\n\nlast line without end"
for enc in ["utf-8", "utf-16"]:
    t = io.TextIOWrapper(io.BytesIO(data.encode(enc)), encoding=enc)
    print(enc, repr(t.readline(3)), repr(t.readline(0)), repr(t.readline(100)), repr(t.read(4)))
    print(enc, t.readlines(2), t.readlines())
    t.seek(0)
    print(enc, repr(t.readline(-1)), repr(t.readline(None)), [len(l) for l in t])
try:
    io.TextIOWrapper(io.BytesIO(b"x")).readline("2")
except TypeError as e:
    print("TypeError", e)
