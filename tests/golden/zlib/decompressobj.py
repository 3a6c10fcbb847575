# Decompress objects: max_length, unconsumed_tail, unused_data, eof, flush, copy.
import zlib
from _check import show

data = b"".join(b"line %d of some text\n" % i for i in range(2000))
c = zlib.compress(data)
do = zlib.decompressobj()
out = do.decompress(c + b"tail", 100)
print(len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
while do.unconsumed_tail and not do.eof:
    out += do.decompress(do.unconsumed_tail, 5000)
print(len(out), out == data, do.eof, do.unused_data, do.unconsumed_tail)
print(do.flush(), do.unused_data)
show(do.decompress, b"more")
print(do.unused_data)
do = zlib.decompressobj()
r = b""
for i in range(0, len(c), 7):
    r += do.decompress(c[i:i + 7])
print(r == data, do.eof, do.unused_data)
do = zlib.decompressobj()
r = do.decompress(c[:100])
d2 = do.copy()
r2 = r + d2.decompress(c[100:])
r += do.flush()
print(len(r), do.eof, r2 == data, d2.eof)
do = zlib.decompressobj()
show(do.decompress, b"x", -1)
show(do.flush, 0)
show(do.decompress, b"garbage")
do = zlib.decompressobj()
print(do.decompress(b"x\x9cK\x04\x00"), do.eof)
print(do.flush(), do.eof)
do = zlib.decompressobj(wbits=-15)
raw = zlib.compress(data, wbits=-15)
print(do.decompress(raw) == data, do.eof)
do = zlib.decompressobj(zlib.MAX_WBITS | 32)
print(do.decompress(zlib.compress(b"gz", wbits=31)), do.eof)
show(zlib.decompressobj, wbits=100)
show(zlib.decompressobj, zdict=3)
do = zlib.decompressobj()
out = b""
for i in range(0, len(c), 50):
    out += do.decompress(c[i:i + 50], 64)
    while do.unconsumed_tail and not do.eof:
        out += do.decompress(do.unconsumed_tail, 64)
print(out == data, do.eof)
