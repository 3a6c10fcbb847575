# decomposition mappings with their tags.
import unicodedata

for c in "\xe9\xc5\u212b\xbd\xb2\u2460\ufb01\uac00\u1e9b\u01c4\u3300\uff21\u00a0\u2002\U0001d400\u0f73\u0344a":
    print("U+%04X" % ord(c), repr(unicodedata.decomposition(c)), repr(unicodedata.ucd_3_2_0.decomposition(c)))
