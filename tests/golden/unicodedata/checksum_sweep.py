# Every code point's properties, folded into checksums per property (one in 13 code points).
import unicodedata

def fold(values):
    h = 0
    for v in values:
        for ch in str(v):
            h = (h * 1000003 + ord(ch)) % (1 << 61)
        h = (h * 31 + 7) % (1 << 61)
    return h

cps = range(0, 0x110000, 13)
for prop in ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition"]:
    fn = getattr(unicodedata, prop)
    print(prop, fold(fn(chr(cp)) for cp in cps))
for prop in ["numeric", "digit", "decimal", "name"]:
    fn = getattr(unicodedata, prop)
    print(prop, fold(fn(chr(cp), None) for cp in cps))
for prop in ["category", "bidirectional", "east_asian_width", "mirrored", "decimal"]:
    fn = getattr(unicodedata.ucd_3_2_0, prop)
    print("3.2.0", prop, fold(fn(chr(cp), None) if prop == "decimal" else fn(chr(cp)) for cp in cps))
