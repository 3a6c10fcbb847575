# compress / decompress: levels, wbits (zlib, raw, gzip, auto), bufsize, errors.
import zlib
from _check import show

data = b"".join(b"line %d of some text\n" % i for i in range(2000))
c = zlib.compress(data)
print(len(c), c[:2], zlib.decompress(c) == data)
for level in range(-1, 10):
    print(level, len(zlib.compress(data, level)), zlib.compress(data, level=level) == zlib.compress(data, level))
for wbits in (-15, -9, 9, 15, 31, 25):
    cc = zlib.compress(data, wbits=wbits)
    print(wbits, len(cc), cc[:3] if wbits > 0 else b"", zlib.decompress(cc, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(c, 32 + 15) == data)
print(zlib.decompress(c, bufsize=0) == data, zlib.decompress(c, bufsize=1) == data)
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")), zlib.compress(bytearray(b"abc")), zlib.compress(memoryview(b"abc")))
show(zlib.compress, data, 10)
show(zlib.compress, data, wbits=99)
show(zlib.compress, "text")
show(zlib.compress)
show(zlib.compress, data, "1")
show(zlib.decompress, b"garbage")
show(zlib.decompress, c[:50])
show(zlib.decompress, c, bufsize=-1)
show(zlib.decompress, c, 99)
show(zlib.decompress, c, -15)
show(zlib.decompress, c + b"extra")
show(zlib.decompress, b"x\x9c\x03\x00\x00\x00\x00\x01")
show(zlib.decompress, b"x\x9cK\x04\x00")
show(zlib.decompress, c, 2 ** 40)
