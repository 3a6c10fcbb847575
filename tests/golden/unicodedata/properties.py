# category, bidirectional, combining, east_asian_width, mirrored over a range of characters.
import unicodedata

chars = "aZ0 \t\n\x00\x7f\xa0\xad\xb2\xbd\xe9\u0300\u0345\u05d0\u0627\u0660\u0966\u0e3f\u1100\u200b\u200d\u2028\u202e\u2066\u20ac\u2160\u2460\u3000\u3042\u4e00\uac00\ud800\ue000\uf900\ufeff\uff21\uffe5\ufffd\U0001d400\U0001f600\U00020000\U000e0001\U000f0000\U0010ffff"
for c in chars:
    print("U+%04X" % ord(c), unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.combining(c),
          unicodedata.east_asian_width(c), unicodedata.mirrored(c))
print([unicodedata.mirrored(c) for c in "()<>[]{}\u00ab\u2039\u2264"])
# Characters assigned after Unicode 14.0 are unassigned here.
for cp in [0x1E030, 0x11F00, 0x1F6DC, 0x31350]:
    c = chr(cp)
    print("U+%04X" % cp, unicodedata.category(c), repr(unicodedata.bidirectional(c)), unicodedata.east_asian_width(c), unicodedata.name(c, None))
print(unicodedata.unidata_version)
