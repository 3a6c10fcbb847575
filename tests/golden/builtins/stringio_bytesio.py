# io.StringIO and io.BytesIO.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("one\ntwo\nthree")
print(list(s))
s.seek(4)
print(repr(s.read(3)), s.tell())
s.seek(0)
s.write("ONE")
print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()))
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.tell())
b.seek(0, 2)
b.write(b"ghi")
print(b.getvalue(), b.seek(1), b.read(2))
with io.BytesIO() as bio:
    bio.write(bytearray(b"xy"))
    print(bio.getvalue())
print(bio.closed)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
for bad in ["io.StringIO(b'x')", "io.StringIO().write(1)", "io.BytesIO('x')"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, e)
