# Arrays as buffers: bytes(), bytearray(), struct, frombytes from views.
import array
import _struct
from _check import show

a = array.array("H", [1, 258, 65535])
print(bytes(a), bytearray(a), len(bytes(array.array("d", [0.0] * 3))))
buf = array.array("B", bytes(8))
_struct.pack_into("<I", buf, 2, 0xDEADBEEF)
print(buf)
print(_struct.unpack_from("<HH", a), _struct.unpack("<3H", a))
ints = array.array("i", [0, 0])
_struct.pack_into("<ii", ints, 0, -5, 7)
print(ints)
show(_struct.pack_into, "<q", ints, 4, 1)
b = array.array("b")
b.frombytes(memoryview(b"\x01\x02\x03"))
b.frombytes(bytes(a))
print(b)
print(array.array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), array.array("B", memoryview(b"ab").tobytes()))
print(b"\x01\x00" in bytes(a), bytes(a).hex())
import zlib, binascii
print(zlib.crc32(a) == zlib.crc32(bytes(a)), binascii.hexlify(a))
