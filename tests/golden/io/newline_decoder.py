# IncrementalNewlineDecoder over no decoder (str input) and over a decoder
# object: translation, the newlines seen, getstate/setstate and reset.
import io


class Ascii:
    def __init__(self):
        self.state = 0

    def decode(self, b, final=False):
        return b.decode("ascii")

    def getstate(self):
        return (b"", self.state)

    def setstate(self, st):
        self.state = st[1]

    def reset(self):
        print("inner reset")


d = io.IncrementalNewlineDecoder(Ascii(), translate=False)
print(repr(d.decode(b"a\r")), d.getstate(), repr(d.decode(b"\nb\rc\n")), d.newlines)
d.setstate((b"", 7))
print(d.getstate(), repr(d.decode(b"", final=True)))
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("x\r\ny\rz\r")), repr(d.decode("", True)), d.newlines)
for parts in [["a\n"], ["a\r"], ["a\r", "\n"], ["a\rb\n"], ["a\r\n\n"], ["\r", "x\r\n"], ["\n\r\n\r"]]:
    d = io.IncrementalNewlineDecoder(None, translate=False)
    out = [d.decode(p) for p in parts] + [d.decode("", final=True)]
    print(parts, out, d.newlines)
d = io.IncrementalNewlineDecoder(None, False, errors="ignore")
print(d.decode("q"), d.getstate())
try:
    d.decode(b"bytes")
except TypeError as e:
    print("TypeError", e)
u = io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder)
for op in ["decode('x')", "getstate()", "reset()", "newlines"]:
    try:
        eval("u." + op)
    except ValueError as e:
        print(op, "ValueError", e)
try:
    io.IncrementalNewlineDecoder()
except TypeError as e:
    print("TypeError", e)
for state in [(b"", 1), "bad", (b"",)]:
    d = io.IncrementalNewlineDecoder(None, True)
    try:
        d.setstate(state)
        print(state, repr(d.decode("\n", final=True)))
    except TypeError as e:
        print(state, "TypeError", e)
