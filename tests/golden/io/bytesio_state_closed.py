# BytesIO and StringIO: what a closed one refuses, __getstate__/__setstate__,
# and the methods BytesIO takes from the base classes.
import io

b = io.BytesIO(b"xyz")
b.seek(1)
b.tag = 1
print(b.__getstate__())
c = io.BytesIO()
c.__setstate__(b.__getstate__())
print(c.getvalue(), c.tell(), c.tag)
for bad in [(b"x",), (b"x", "1", None), (b"x", -1, None), (b"x", 0, [])]:
    try:
        c.__setstate__(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
ba = bytearray(2)
print(io.BytesIO(b"hello").readinto(ba), ba)
print(io.BytesIO(b"a\nb\nc").readlines(), io.BytesIO(b"a\nb\nc").readlines(2))
w = io.BytesIO()
w.writelines([b"a", bytearray(b"b"), memoryview(b"c")])
print(w.getvalue())
b.close()
for op in ['flush()', 'readable()', 'writable()', 'seekable()', 'isatty()', 'readinto(bytearray(1))',
           'readlines()', 'read1()', '__getstate__()', 'tell()', 'getvalue()']:
    try:
        print(op, eval("b." + op))
    except Exception as e:
        print(op, type(e).__name__, e)
s = io.StringIO("x\ny")
print(s.readlines(), s.closed, s.readable(), s.seekable(), s.writable())
s.close()
for op in ['readable()', 'read()', 'getvalue()', 'flush()', 'tell()', 'write("x")']:
    try:
        print(op, eval("s." + op))
    except Exception as e:
        print(op, type(e).__name__, e)
