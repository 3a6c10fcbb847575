# TextIOWrapper.reconfigure: what may change when, and what it flushes.
import io

for bad in [dict(newline=5), dict(encoding=5), dict(errors=5), dict(newline="x"), dict(spam=1), dict(encoding="nope")]:
    try:
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8").reconfigure(**bad)
    except Exception as e:
        print(bad, type(e).__name__, e)

t = io.TextIOWrapper(io.BytesIO(b"one\ntwo\nthree\n"), encoding="utf-8")
print(t.readline())
try:
    t.reconfigure(newline="")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
t.reconfigure(line_buffering=True)
print(t.line_buffering, t.read())
t.reconfigure(newline=None)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", errors="replace", write_through=True)
t.write("héllo")
print(b.getvalue(), t.write_through)
t.reconfigure(encoding="latin-1")
t.write("é")
print(b.getvalue(), t.encoding, t.errors)
t.reconfigure(errors="replace", write_through=False)
t.write("ł")
print(b.getvalue(), t.errors)
t.reconfigure(line_buffering=False)
print(b.getvalue())
t.reconfigure(newline="\r\n")
t.write("a\nb")
t.flush()
print(b.getvalue())
t.close()
try:
    t.reconfigure(newline=None)
except ValueError as e:
    print("ValueError", e)
