# detach() flushes and hands out the buffer; the wrapper refuses everything after.
import io

w = io.BytesIO()
t = io.TextIOWrapper(w, encoding="utf-8")
t.write("pending")
d = t.detach()
print(d is w, w.getvalue())
for op in ["write('x')", "read()", "tell()", "flush()", "close()", "closed", "name", "encoding", "buffer",
           "detach()", "readable()", "fileno()", "newlines", "errors", "line_buffering"]:
    try:
        print(op, repr(eval("t." + op)))
    except Exception as e:
        print(op, type(e).__name__, e)
print(repr(t), w.closed)
del t
print("the BytesIO stays open:", not w.closed)
