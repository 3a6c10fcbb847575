# crc32 and adler32, running values, the constants and version strings.
import zlib
from _check import show

data = b"The quick brown fox jumps over the lazy dog" * 10
print(zlib.crc32(data), zlib.crc32(data, 5), zlib.adler32(data), zlib.adler32(data, 5), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(b"a", -1), zlib.adler32(b"a", 2 ** 33 + 1))
a = 1
for i in range(0, len(data), 7):
    a = zlib.adler32(data[i:i + 7], a)
print(a == zlib.adler32(data))
show(zlib.crc32)
show(zlib.crc32, "a")
show(zlib.adler32, b"a", "x")
show(zlib.crc32, b"a", 1, 2)
for name in sorted(n for n in dir(zlib) if n.isupper() and "VERSION" not in n):
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION.count("."), zlib.__version__)
print(zlib.error.__mro__, zlib.error.__module__)
