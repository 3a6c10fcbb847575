# TextIOWrapper over BytesIO with every newline mode, reading and writing.
import io

data = b"a\nb\r\nc\rd\n\re"
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    print(repr(nl), [t.readline() for _ in range(6)], t.newlines)
    t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    print(repr(nl), repr(t.read()), t.newlines)
    t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    print(repr(nl), list(t))
for nl in [None, "", "\n", "\r", "\r\n"]:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="ascii", newline=nl)
    t.write("x\ny\r\nz\r")
    t.flush()
    print(repr(nl), b.getvalue())
