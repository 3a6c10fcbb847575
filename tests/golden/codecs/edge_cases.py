# Cases where a codec's error range or a format error's order is easy to get wrong.
import _codecs
for s, fn in [("\udc80\xe9", "ascii_encode"), ("a\udc80\U0001f600", "latin_1_encode"), ("ab\ud800\U0001f600", "latin_1_encode"), ("ab\udc80\ud800", "utf_8_encode"), ("abc\x80\udc80\udcff\xe9\udc81", "ascii_encode"), ("\udc80\udfff", "utf_8_encode"), ("\udfff\udc80", "utf_8_encode"), ("\udc80\U0001f600", "charmap_encode")]:
    for h in ["surrogateescape", "surrogatepass"]:
        try: print(ascii(s), fn, h, getattr(_codecs, fn)(s, h))
        except UnicodeEncodeError as e: print(ascii(s), fn, h, e)
m = {ord("a"): 1}
for s in ["a\udc80\u20ac", "a\u20ac\udc80"]:
    try:
        print(_codecs.charmap_encode(s, "surrogateescape", m))
    except UnicodeEncodeError as e:
        print(e)
for data in [b"\\Nfc8", b"\\N{abc", b"\\N{}x", b"\\N", b"\\x4g", b"\\u12g4", b"\\U0001F60"]:
    print(data, ascii(_codecs.unicode_escape_decode(data, "backslashreplace")))
import _string
for name in ["a[0]x", "a[]x", "a.b[c]d", "a[x][", "a.[b]"]:
    it = _string.formatter_field_name_split(name)[1]
    got = []
    try:
        for step in it:
            got.append(step)
    except ValueError as e:
        got.append("ValueError: %s" % e)
    print(name, got)
