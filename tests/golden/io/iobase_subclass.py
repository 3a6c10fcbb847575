# io.IOBase subclasses: the default methods, the closed flag, context
# management, and close() called when the object goes away.
import io


class Plain(io.IOBase):
    pass


m = Plain()
for op in ["fileno()", "seek(0)", "tell()", "truncate()", "isatty()", "readable()", "writable()",
           "seekable()", "flush()", "closed"]:
    try:
        print(op, repr(eval("m." + op)))
    except Exception as e:
        print(op, type(e).__name__, e)
with Plain() as m2:
    print("inside", m2.closed)
print("after", m2.closed, m2.__dict__)
for op in ["m2.__enter__()", "iter(m2)", "m2.flush()", "m2.isatty()", "m2.readlines()", "m2.writelines([])"]:
    try:
        eval(op)
    except ValueError as e:
        print(op, "ValueError", e)
m2.close()
print("second close is fine")


class Loud(io.IOBase):
    def close(self):
        print("close called, closed =", self.closed)
        super().close()


x = Loud()
del x
print("after del")
y = Loud()
y.close()
del y
print("closed objects are not closed again")


class Lines(io.IOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


print(list(Lines(b"one\ntwo\nthree")), Lines(b"a\nb\n").readlines(1))


class Writer(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)


w = Writer()
w.writelines(["a", "b", "c"])
print(w.parts)
try:
    w.writelines(5)
except TypeError as e:
    print("TypeError", e)
print(io.IOBase.__del__ is not None, sorted(k for k in io.IOBase.__dict__ if not k.startswith("_")))
