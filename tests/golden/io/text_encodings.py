# TextIOWrapper over BytesIO in UTF-8, UTF-16 (with its byte-order mark) and
# Latin-1: what is written, read back, and where tell() stands.
import io

for enc in ["utf-8", "utf-16", "utf-16-le", "latin-1", "ascii"]:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc, errors="replace")
    t.write("héllo\nwörld €\n")
    t.flush()
    print(enc, b.getvalue())
    t.seek(0)
    print(repr(t.readline()), repr(t.read()), t.tell())
    t.seek(0)
    t.write("again\n")
    t.flush()
    print(enc, b.getvalue()[:16])
t = io.TextIOWrapper(io.BytesIO(b"caf\xc3"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9 ok"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    t.write("é")
    t.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
