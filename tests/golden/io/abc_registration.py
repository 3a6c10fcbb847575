# io's ABCs: the C classes are registered under io.IOBase and its families.
import _io
import io

print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.RawIOBase))
for cls in [io.FileIO, io.BytesIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair,
            io.StringIO, io.TextIOWrapper]:
    print(cls.__name__, [abc.__name__ for abc in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
                         if issubclass(cls, abc)])
print(io.IOBase.__mro__[1] is _io._IOBase, io.RawIOBase.__bases__ == (_io._RawIOBase, io.IOBase))
print(type(io.IOBase).__name__, io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__[1:3])
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)


class Custom:
    pass


io.RawIOBase.register(Custom)
print(isinstance(Custom(), io.IOBase), isinstance(Custom(), io.RawIOBase), isinstance(Custom(), io.TextIOBase))


class Derived(io.BufferedIOBase):
    pass


print(isinstance(Derived(), io.IOBase), Derived().readable(), Derived.__mro__[1].__name__)
for op in ["read()", "read1()", "write(b'')", "detach()", "readinto(bytearray(1))", "readinto1(bytearray(1))"]:
    try:
        eval("Derived()." + op)
    except io.UnsupportedOperation as e:
        print(op, "UnsupportedOperation", e)
t = io.TextIOBase()
for op in ["read()", "readline()", "write('')", "detach()", "encoding", "newlines", "errors"]:
    try:
        print(op, repr(eval("t." + op)))
    except io.UnsupportedOperation as e:
        print(op, "UnsupportedOperation", e)
print(io.text_encoding(None), io.text_encoding("latin-1"), io.open is open)
