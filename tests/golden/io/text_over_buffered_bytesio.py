# TextIOWrapper over a BufferedReader / BufferedWriter over a BytesIO.
import io

raw = io.BytesIO("héllo\r\nwörld\rend".encode())
t = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8")
print(repr(t.read()), t.newlines, repr(t))
print(t.buffer.__class__.__name__, t.buffer.raw is raw, t.readable(), t.writable(), t.seekable())
out = io.BytesIO()
t = io.TextIOWrapper(io.BufferedWriter(out), encoding="utf-8", line_buffering=True)
t.write("no newline yet")
print(out.getvalue())
t.write(" ... now\n")
print(out.getvalue())
t.close()
print(out.closed)
