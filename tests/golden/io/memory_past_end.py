# BytesIO and StringIO positions past the end: reads find nothing and leave
# the position; a write there fills the gap with zero bytes / NULs.
import io

b = io.BytesIO(b"abc")
print(b.seek(6), b.read(), b.readline(), b.tell(), b.read1(2), b.tell())
print(b.write(b"Z"), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
ba = bytearray(2)
b.seek(20)
print(b.readinto(ba), b.tell(), b.readlines(), b.tell())
s = io.StringIO("abc")
print(s.seek(5), repr(s.read()), repr(s.readline()), s.tell())
print(s.write("Z"), repr(s.getvalue()), s.tell())
r = io.BufferedRandom(io.BytesIO(b"0123456789"), 4)
print(r.read(2), r.truncate(), r.read(), r.tell(), r.raw.getvalue())
r.seek(0)
print(r.read(1), r.truncate(5), r.read(), r.seek(0, 2), r.raw.getvalue())
