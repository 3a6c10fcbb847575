# BufferedRandom over a BytesIO: reads, writes and seeks share one position;
# detach() hands the BytesIO back and leaves the wrapper unusable.
import io

r = io.BufferedRandom(io.BytesIO(b"hello world"))
print(r.read(5), r.tell(), r.seek(6), r.write(b"WORLD"), r.tell())
r.seek(0)
print(r.read())
print(r.raw.getvalue(), r.seekable(), r.readable(), r.writable())
r.seek(-5, 2)
print(r.read(2), r.tell())
r.seek(1)
r.write(b"E")
print(r.peek(3)[:3], r.read(2))
d = r.detach()
print(type(d).__name__, d.getvalue())
for op in ["read()", "tell()", "name", "raw", "closed", "flush()", "detach()"]:
    try:
        print(op, repr(eval("r." + op)))
    except Exception as e:
        print(op, type(e).__name__, e)
print(repr(r))
