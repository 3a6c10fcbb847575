# unicodedata.ucd_3_2_0: the Unicode 3.2.0 database stringprep and idna use.
import unicodedata

old = unicodedata.ucd_3_2_0
print(type(old).__name__, old.unidata_version, type(old) is unicodedata.UCD)
for c in "a\u0221\u0235\u20ac\u20b5\u0370\U0001f600\u1369\xb2\u4e00\u9fa6":
    print("U+%04X" % ord(c), old.category(c), unicodedata.category(c), old.bidirectional(c), old.name(c, None), old.decimal(c, None), old.digit(c, None), old.numeric(c, None))
print(ascii(old.normalize("NFKC", "\ufb01")), old.lookup("EURO SIGN"))
try:
    unicodedata.UCD()
except TypeError as e:
    print("TypeError:", e)
