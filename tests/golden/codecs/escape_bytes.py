# escape_encode / escape_decode: the escapes of bytes literals, bytes to bytes.
import _codecs

print(_codecs.escape_encode(b"a'\"\\\t\n\r\x00\x7f\xff"))
print(_codecs.escape_decode(b"a\\x41\\101\\\n\\n\\\\\\t\\a\\0"), _codecs.escape_decode("\\x41\u20ac"))
for data in [b"\\x4", b"\\x4g", b"\\", b"ok\\xZZ"]:
    for errors in [None, "strict", "replace", "ignore"]:
        try:
            print(data, errors, _codecs.escape_decode(data, errors))
        except ValueError as e:
            print(data, errors, "ValueError:", e)
try:
    _codecs.escape_encode("str")
except TypeError as e:
    print("TypeError:", e)
every = bytes(range(256))
assert _codecs.escape_decode(_codecs.escape_encode(every)[0])[0] == every
print("round trip ok")
