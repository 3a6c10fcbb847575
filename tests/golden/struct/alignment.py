# Native ('@') alignment on x86-64 against standard sizes with no padding.
import _struct

formats = ["c", "bh", "bi", "bq", "bd", "be", "bf", "hq", "cP", "cn", "bl", "b0q", "q b", "i3s h", "?d", "xq",
           "4s q", "5p i", "ih0q", "3b i 2h q", "bbbbbbbbq"]
for f in formats:
    print(repr(f), _struct.calcsize(f), _struct.calcsize("=" + f.replace("P", "Q").replace("n", "q")))
print(_struct.pack("@bhiq", 1, 2, 3, 4))
print(_struct.pack("=bhiq", 1, 2, 3, 4))
print(_struct.pack("@b0q", 1))
print(_struct.unpack("@bi", bytes(range(8))))
print(_struct.calcsize("@" + "b" * 7 + "q"), _struct.calcsize("2q3i"), _struct.calcsize("ll"), _struct.calcsize("<ll"))
