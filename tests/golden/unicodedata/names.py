# name and lookup: plain names, algorithmic names (CJK, Hangul, Tangut ...), aliases, errors.
import unicodedata

for c in "a\xe9\u20ac\u4e00\uac00\uac01\ud7a3\uf900\U00018b00\U0001b170\U0001f600\U0002a6df ":
    name = unicodedata.name(c)
    try:
        lower = unicodedata.lookup(name.lower()) == c
    except KeyError as e:
        lower = "KeyError: %s" % e
    print("U+%04X" % ord(c), name, unicodedata.lookup(name) == c, lower)
for c in "\x00\x7f\ud800\ue000\U0010ffff\u0378":
    print("U+%04X" % ord(c), unicodedata.name(c, "<none>"))
    try:
        unicodedata.name(c)
    except ValueError as e:
        print("  ValueError:", e)
for name in ["BEL", "NULL", "LINE FEED", "BYTE ORDER MARK", "ZWJ", "nope", "HANGUL SYLLABLE XX", "CJK UNIFIED IDEOGRAPH-FFFF", "x" * 300]:
    try:
        print(name[:20], ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(name[:20], "KeyError:", e)
print("\N{EURO SIGN}" == unicodedata.lookup("euro sign"))
