b = b"\x00\x01\xab\xff hi"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -2), b.hex(" ", 3), b"".hex(), bytearray(b"\xde\xad").hex(), memoryview(b"\xbe\xef").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef "), bytes.fromhex(""), bytearray.fromhex("0a0B"), bytes.fromhex(" 01\t02\n"))
print(type(bytearray.fromhex("00")).__name__)
cases = [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a b"), lambda: bytes.fromhex("0"), lambda: bytes.fromhex(1), lambda: b"a".hex("ab"),
         lambda: b"a".hex(1), lambda: bytes.fromhex("0g")]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
