# BufferedRWPair: reading from one stream, writing to another.
import io


class Closed(io.RawIOBase):
    def readable(self):
        return False


out = io.BytesIO()
p = io.BufferedRWPair(io.BytesIO(b"pair data\nmore"), out, 4)
print(p.read(4), p.peek(2)[:2], p.read1(3), p.readline(), p.write(b"xyz"))
print(out.getvalue())
p.flush()
print(out.getvalue(), p.readable(), p.writable(), p.isatty(), p.closed)
ba = bytearray(2)
print(p.readinto(ba), ba)
for op in ["seek(0)", "tell()", "raw", "fileno()"]:
    try:
        print(op, eval("p." + op))
    except Exception as e:
        print(op, type(e).__name__, e)
p.close()
print(p.closed, out.closed)
try:
    p.read()
except ValueError as e:
    print("ValueError", e)
for args in [(Closed(), io.BytesIO()), (io.BytesIO(), Closed())]:
    try:
        io.BufferedRWPair(*args)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
print(isinstance(p, io.BufferedIOBase), sorted(k for k in io.BufferedRWPair.__dict__ if not k.startswith("__")))
