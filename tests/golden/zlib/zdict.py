# Preset dictionaries: compressobj(zdict=...) and decompressobj(zdict=...).
import zlib
from _check import show

data = b"".join(b"line %d of some text\n" % i for i in range(200))
zd = b"line of some text"
co = zlib.compressobj(zdict=zd)
cd = co.compress(data) + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(cd) == data, do.eof)
show(zlib.decompress, cd)
show(zlib.decompressobj().decompress, cd)
show(zlib.decompressobj(zdict=b"other").decompress, cd)
co = zlib.compressobj(wbits=-15, zdict=zd)
cd = co.compress(data) + co.flush()
print(zlib.decompressobj(-15, zd).decompress(cd) == data)
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(zlib.compressobj(zdict=memoryview(zd)).compress(b"abc") + b"") == b"")
