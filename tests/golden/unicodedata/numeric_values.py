# numeric, digit and decimal with and without defaults.
import unicodedata

for c in "0789\xb2\xbd\xbc\u0660\u0969\u2155\u2160\u216f\u2182\u2469\u3007\u4e07\u5146\U00012432\u0f33\u00b9x":
    row = []
    for fn in (unicodedata.numeric, unicodedata.digit, unicodedata.decimal):
        try:
            row.append(fn(c))
        except ValueError as e:
            row.append("ValueError: %s" % e)
    print("U+%04X" % ord(c), row, unicodedata.numeric(c, -1), unicodedata.digit(c, None), unicodedata.decimal(c, "d"))
