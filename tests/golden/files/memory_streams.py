# StringIO and BytesIO as context managers: closed errors, newline translation and the newlines attribute.
import io
with io.StringIO("a\nb\n") as s:
    print(s.readlines(), s.closed)
print(s.closed)
for op in [lambda: s.read(), lambda: s.getvalue(), lambda: s.write("x"), lambda: s.tell(), lambda: iter(s)]:
    try:
        op()
    except ValueError as e:
        print(e)
with io.BytesIO(b"xyz") as b:
    print(b.read(1), b.getvalue())
try:
    b.read()
except ValueError as e:
    print(e)
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
s.seek(0)
print(repr(s.read()), repr(s.getvalue()), repr(s.newlines))
s = io.StringIO(newline="")
s.write("a\r\nb")
s.seek(0)
print(s.readlines(), repr(s.newlines))
s = io.StringIO("x", newline="\r\n")
s.write("1\n2")
print(repr(s.getvalue()))
try:
    io.StringIO(newline="q")
except ValueError as e:
    print(e)
