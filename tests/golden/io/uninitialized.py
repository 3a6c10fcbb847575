# Objects made with __new__ and never initialised refuse to work.
import io

for cls in (io.TextIOWrapper, io.FileIO, io.BufferedReader, io.IncrementalNewlineDecoder, io.BufferedRWPair):
    u = cls.__new__(cls)
    for op in ["read()", "closed", "repr(u)"]:
        try:
            r = eval(op) if op.startswith("repr") else eval("u." + op)
            print(cls.__name__, op, "ok" if op.startswith("repr") else repr(r))
        except Exception as e:
            print(cls.__name__, op, type(e).__name__)
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
print(u.encoding, u.buffer)
for op in ["u.read()", "repr(u)", "u.closed", "u.write('x')", "u.name"]:
    try:
        eval(op)
    except ValueError as e:
        print(op, "ValueError", e)
t = io.TextIOWrapper(io.BytesIO(b"first"), encoding="ascii")
t.__init__(io.BytesIO(b"second"), encoding="latin-1")
print(t.read(), t.encoding)
