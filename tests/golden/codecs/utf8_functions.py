# _codecs.utf_8_encode / utf_8_decode: (result, consumed), `final`, errors.
import _codecs

for s in ["", "abc", "h\xe9llo", "\u20ac uro", "\U0001f600!", "a\ud800b"]:
    for errors in [None, "strict", "surrogatepass", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
        try:
            print(ascii(s), errors, _codecs.utf_8_encode(s, errors))
        except UnicodeEncodeError as e:
            print(ascii(s), errors, "UnicodeEncodeError:", e)

data = "a\xe9\u20ac\U0001f600".encode("utf-8")
for n in range(len(data) + 1):
    print(n, _codecs.utf_8_decode(data[:n]), _codecs.utf_8_decode(data[:n], "replace", True))

for bad in [b"\xff", b"a\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"abc\x80def"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(bad, errors, ascii(_codecs.utf_8_decode(bad, errors, True)))
        except UnicodeDecodeError as e:
            print(bad, errors, "UnicodeDecodeError:", e, e.start, e.end)
print(_codecs.utf_8_decode(memoryview(b"xyz")), _codecs.utf_8_decode(bytearray(b"q")))
