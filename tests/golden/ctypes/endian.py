# Byte order: the __ctype_be__/__ctype_le__ twins of the numeric types and
# BigEndianStructure/LittleEndianStructure from ctypes._endian.
import struct
from ctypes import *

be = c_int.__ctype_be__
print(be.__name__, c_int.__ctype_le__ is c_int, be.__ctype_be__ is be, be.__ctype_le__ is c_int)
x = be(0x01020304)
print(x.value, bytes(memoryview(x).cast("B")) if False else bytes(bytearray(x)))
print(hasattr(c_char, "__ctype_be__"), c_ubyte.__ctype_be__ is c_ubyte, hasattr(c_char_p, "__ctype_be__"))

class Header(BigEndianStructure):
    _fields_ = [("magic", c_uint32), ("version", c_uint16), ("flags", c_uint16), ("size", c_double),
                ("tag", c_char * 4), ("counts", c_uint16 * 2)]
h = Header(0xCAFEBABE, 2, 7, 1.5, b"ab", (1, 258))
raw = bytes(bytearray(h))
print(raw.hex(), sizeof(Header))
print(struct.unpack(">IHHd4sHH", raw))
h2 = Header.from_buffer_copy(raw)
print(hex(h2.magic), h2.version, h2.flags, h2.size, h2.tag, list(h2.counts))

class LE(LittleEndianStructure):
    _fields_ = [("a", c_uint16), ("b", c_int32)]
print(bytes(bytearray(LE(1, -2))).hex(), LittleEndianStructure is Structure)

class BU(BigEndianUnion):
    _fields_ = [("i", c_uint32), ("b", c_ubyte * 4)]
u = BU()
u.i = 0x0A0B0C0D
print(list(u.b))
try:
    class Bad(BigEndianStructure):
        _fields_ = [("p", c_char_p)]
except TypeError as e:
    print("TypeError", e)

class Flags(BigEndianStructure):
    _fields_ = [("lo", c_uint16, 4), ("mid", c_uint16, 8), ("hi", c_uint16, 4), ("word", c_uint32)]
f = Flags(0xA, 0x5C, 0x3, 7)
print(bytes(bytearray(f)).hex(), f.lo, f.mid, f.hi, f.word)
f.mid = 0xFF
print(bytes(bytearray(f)).hex(), Flags.mid)
