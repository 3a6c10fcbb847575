# unicode_escape: encoding to Python escapes and reading them back.
import _codecs

print(_codecs.unicode_escape_encode("a'\"\\\t\n\r\x00\x7f\xff\u20ac\U0001f600"))
print(ascii(_codecs.unicode_escape_decode(b"a\\x41\\101\\u20ac\\U0001F600\\N{EURO SIGN}\xe9\\\n\\a\\b\\f\\v\\'\\\"")))
print(ascii(_codecs.unicode_escape_decode("\\u00e9 str input")))
for data in [b"\\x4", b"\\u12", b"\\U0011ffff", b"\\N{EURO", b"\\N{NOPE}", b"\\", b"a\\u12x4", b"\\N{}", b"\\N"]:
    for final in [True, False]:
        try:
            print(data, final, ascii(_codecs.unicode_escape_decode(data, "strict", final)))
        except UnicodeDecodeError as e:
            print(data, final, "UnicodeDecodeError:", e)
    print(data, ascii(_codecs.unicode_escape_decode(data, "replace")), ascii(_codecs.unicode_escape_decode(data, "ignore")))
s = "".join(chr(c) for c in range(0, 0x300, 7)) + "\U00010000\U0010ffff"
assert _codecs.unicode_escape_decode(_codecs.unicode_escape_encode(s)[0])[0] == s
print("round trip ok")
