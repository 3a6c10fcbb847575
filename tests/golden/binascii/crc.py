# crc32 and crc_hqx: starting values, masking to 32 bits, argument errors.
import binascii
from _check import show

data = b"The quick brown fox jumps over the lazy dog"
print(binascii.crc32(data), binascii.crc32(b""), binascii.crc32(data, 12345), binascii.crc32(data, -1),
      binascii.crc32(data, 2 ** 40 + 7))
crc = 0
for i in range(0, len(data), 5):
    crc = binascii.crc32(data[i:i + 5], crc)
print(crc == binascii.crc32(data))
print(binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF), binascii.crc_hqx(b"", 0x12345), binascii.crc_hqx(b"a", -1))
show(binascii.crc32, "x")
show(binascii.crc32, b"x", "y")
show(binascii.crc_hqx, b"x")
show(binascii.crc32)
print(binascii.crc32(bytearray(b"abc")), binascii.crc32(memoryview(b"abc")))
