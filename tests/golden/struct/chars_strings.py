# 'c', 's', 'p', '?' and 'x': lengths, padding, truncation, truth values.
import _struct
from _check import show

print(_struct.pack("c", b"a"), _struct.pack("3c", b"x", b"y", b"z"))
show(_struct.pack, "c", b"ab")
show(_struct.pack, "c", "a")
show(_struct.pack, "c", 97)
show(_struct.pack, "c", bytearray(b"a"))
for fmt in ("s", "0s", "1s", "5s", "10s"):
    print(fmt, _struct.pack(fmt, b"hello"), _struct.unpack(fmt, _struct.pack(fmt, b"hi")))
print(_struct.pack("5s", bytearray(b"ab")))
show(_struct.pack, "5s", "text")
for fmt in ("p", "1p", "3p", "6p", "300p"):
    packed = _struct.pack(fmt, b"hello")
    print(fmt, packed[:8], len(packed), _struct.unpack(fmt, packed)[0][:8])
print(_struct.pack("260p", b"x" * 300)[0])
show(_struct.pack, "3p", 5)
print(_struct.unpack("3p", b"\x09ab"))
for v in (0, 1, 2, -1, "", "a", [], [0], None, 0.0):
    print(repr(v), _struct.pack("?", v))
print(_struct.unpack("4?", b"\x00\x01\x02\xff"))
print(_struct.pack("x"), _struct.pack("3xb2x", 1), _struct.calcsize("0x"), _struct.unpack("2xh", b"\x01\x02\x03\x04"))
print(_struct.pack("bxsx", 1, b"a"), _struct.pack("<2s3s", b"ab", b"cdef"))
