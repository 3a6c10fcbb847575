# hexlify / unhexlify and their b2a_hex / a2b_hex aliases, separators included.
import binascii
from _check import show

print(binascii.hexlify(b"\x01\xff\x10"), binascii.b2a_hex(bytearray(b"abc")), binascii.hexlify(memoryview(b"xy")))
for sep, n in ((":", 1), (b"-", 2), (" ", -2), ("_", 4), ("|", -5), (".", 100)):
    print(sep, n, binascii.hexlify(b"abcdefg", sep, n), binascii.b2a_hex(b"abcdefg", sep=sep, bytes_per_sep=n))
show(binascii.hexlify, b"abc", "xx")
show(binascii.hexlify, b"abc", 3)
show(binascii.hexlify, b"abc", "é")
show(binascii.hexlify, "abc")
print(binascii.unhexlify(b"01fF"), binascii.a2b_hex("abcdef"), binascii.unhexlify(bytearray(b"")))
show(binascii.unhexlify, "0")
show(binascii.unhexlify, "zz")
show(binascii.unhexlify, b"0g")
show(binascii.a2b_hex, "ab cd")
show(binascii.unhexlify, 12)
data = bytes(range(256))
assert binascii.unhexlify(binascii.hexlify(data)) == data
print(binascii.hexlify(data)[-16:])
