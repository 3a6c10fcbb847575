# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError raised by codecs.
for text, enc in [("a\u20acb", "ascii"), ("\u20ac\u20ac", "latin-1"), ("x\ud800", "utf-8"), ("\ud800", "utf-16"), ("\u0100", "cp1252")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(repr(e), "|", e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
for data, enc in [(b"\xff", "utf-8"), (b"ab\xe9", "ascii"), (b"\xe2\x82", "utf-8"), (b"\x00\xd8", "utf-16-le"), (b"\x81", "cp1252"), (b"\xff\xfe\x00", "utf-16")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(repr(e), "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeTranslateError("abc", 1, 2, "no")
print(repr(e), e, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError("x", "abc", 0, 3, "why")
e.start, e.end, e.reason = 1, 2, "changed"
print(e)
try:
    UnicodeDecodeError("x", "str", 0, 1, "r")
except TypeError as x:
    print("TypeError:", x)
print(isinstance(e, ValueError), UnicodeEncodeError.__mro__[1].__name__)
