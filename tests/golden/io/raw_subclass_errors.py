# What the base classes say about methods a raw subclass does not provide
# and about results of the wrong type.
import io


class Empty(io.RawIOBase):
    pass


r = Empty()
for op in ["read()", "read(2)", "readall()", "readinto(bytearray(2))", "write(b'')", "readline()",
           "fileno()", "seek(0)", "tell()", "truncate()", "isatty()", "_checkReadable()",
           "_checkWritable()", "_checkSeekable()", "_checkClosed()"]:
    try:
        print(op, repr(eval("r." + op)))
    except Exception as e:
        print(op, type(e).__name__, e)


class BadInto(io.RawIOBase):
    def readinto(self, b):
        return "x"


class BadRead(io.RawIOBase):
    def read(self, n=-1):
        return "text"


class NoneInto(io.RawIOBase):
    def readinto(self, b):
        return None


for cls, op in [(BadInto, "read(3)"), (BadRead, "readall()"), (BadRead, "readline()"), (NoneInto, "read(3)"),
                (NoneInto, "readall()")]:
    try:
        print(cls.__name__, op, repr(eval("cls()." + op)))
    except Exception as e:
        print(cls.__name__, op, type(e).__name__, e)
