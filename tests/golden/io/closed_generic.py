# Operations on closed wrappers made from Python, and on closed raw objects
# underneath.
import io

b = io.BufferedReader(io.BytesIO(b"data"))
b.close()
for op in ["read()", "read1(1)", "peek()", "readline()", "seek(0)", "tell()", "flush()", "readable()", "fileno()",
           "isatty()", "detach()"]:
    try:
        print(op, repr(eval("b." + op)))
    except Exception as e:
        print(op, type(e).__name__, e)
inner = io.BytesIO(b"abc")
t = io.TextIOWrapper(inner, encoding="ascii")
inner.close()
print(t.closed)
for op in ["read()", "write('x')", "tell()", "readable()"]:
    try:
        print(op, repr(eval("t." + op)))
    except Exception as e:
        print(op, type(e).__name__, e)
t.close()
print("closing over a closed buffer is fine")
w = io.BufferedWriter(io.BytesIO())
w.write(b"x")
w.raw.close()
try:
    w.flush()
except ValueError as e:
    print("ValueError", e)
w.close()
print(w.closed)
