items = [b"", b"a", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x1f\x7f\x80\xff", b"tab\tnl\ncr\r", b"back\\slash", bytes(range(32, 127))]
for b in items:
    print(repr(b), len(b), str(b))
print(bytearray(b"x'y"), repr(bytearray()), repr(bytearray(b'"')), [b"a", bytearray(b"b")])
print(b"abc" == b"a" + b"bc", b"\x41\x42", b"\101", rb"\n", len(rb"\n"))
