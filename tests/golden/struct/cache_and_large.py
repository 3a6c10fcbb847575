# The format cache (past its 100 entries), long formats and large counts.
import _struct

for i in range(150):
    assert _struct.calcsize("%dx" % i) == i
print(_struct.calcsize("1000i"), _struct.calcsize("1000000000s"), _struct.calcsize("@" + "bq" * 50))
big = _struct.pack("500h", *range(500))
print(len(big), _struct.unpack("500h", big)[-3:], sum(_struct.unpack("<500h", big)))
fmt = "<" + "".join("bBhHiIqQfde?"[i % 12] for i in range(60))
vals = [1] * 60
print(_struct.calcsize(fmt), _struct.unpack(fmt, _struct.pack(fmt, *vals)) == tuple(
    (True if c == "?" else 1.0 if c in "efd" else 1) for c in fmt[1:]))
s = _struct.Struct("3s3p3c")
print(s.size, s.pack(b"abcd", b"xy", b"1", b"2", b"3"), s.unpack(s.pack(b"abcd", b"xy", b"1", b"2", b"3")))
for n in (0, 1, 7, 64):
    data = bytes(range(n * 4 % 256)) * 0 + bytes(n * 4)
    print(n, len(list(_struct.iter_unpack("<i", data))))
