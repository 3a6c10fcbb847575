# Python subclasses of TextIOWrapper, BytesIO, StringIO and BufferedReader
# overriding methods.
import io


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


b = io.BytesIO()
u = Upper(b, encoding="utf-8")
print(u.write("shout\n"), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
u.flush()
print(b.getvalue(), type(u).__mro__[1].__name__, repr(u))


class Closing(io.BytesIO):
    def close(self):
        print("closing", self.getvalue())
        super().close()


c = Closing(b"data")
del c


class Counting(io.StringIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s)


s = Counting("start ")
s.seek(0, 2)
print("a", "b", file=s)
print(s.getvalue(), s.writes)


class Tagged(io.BufferedReader):
    def read(self, n=-1):
        return b"<" + super().read(n) + b">"


tr = Tagged(io.BytesIO(b"abc"))
print(tr.read(2), tr.read(), repr(tr))
