# Codec failures are re-raised naming the codec ("encoding with 'x' codec failed")
# only for plain exceptions carrying at most one str; UnicodeError itself is
# a plain exception (args and str), unlike its three subclasses.
for bad in ["a" * 64 + ".com", "x..y"]:
    try:
        bad.encode("idna")
    except UnicodeError as e:
        print(repr(e), repr(e.__cause__), e.args)
import codecs
def search(name):
    if name == "boom":
        def enc(s, errors="strict"):
            raise ValueError("bad thing")
        def dec(b, errors="strict"):
            raise TypeError("bad type", 2)
        return codecs.CodecInfo(enc, dec, name="boom")
codecs.register(search)
try:
    "x".encode("boom")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    b"x".decode("boom")
except TypeError as e:
    print(repr(e), repr(e.__cause__))
try:
    codecs.encode("x", "boom")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
print(repr(str(UnicodeError('x'))), repr(str(UnicodeError('x', 2))), repr(str(UnicodeError())))


class E(UnicodeError):
    pass


print(repr(str(E('y'))), E('a', 'b').args, repr(E()))
try:
    UnicodeEncodeError("x")
except TypeError as e:
    print("TypeError", e)
