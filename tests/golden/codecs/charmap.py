# charmap_decode / charmap_encode / charmap_build with tables, dicts and errors.
import _codecs

table = "ab\ufffec" + "".join(chr(0x400 + i) for i in range(60))
print(ascii(_codecs.charmap_decode(b"\x00\x01\x03\x10", "strict", table)))
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, ascii(_codecs.charmap_decode(b"a\x02\xff", errors, table)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e, e.encoding)
print(ascii(_codecs.charmap_decode(b"\x00\x01\x02", "strict", {0: "x", 1: 0x263a, 2: "yz"})))
for mapping in [{0: None}, {}, {0: "\ufffe"}, {0: 3.5}, {0: 0x110000}]:
    try:
        print(mapping, ascii(_codecs.charmap_decode(b"\x00", "strict", mapping)))
    except (UnicodeDecodeError, TypeError) as e:
        print(mapping, type(e).__name__, e)
print(ascii(_codecs.charmap_decode(b"\xe9\xff")), _codecs.charmap_encode("\xe9"))

enc = _codecs.charmap_build(table)
print(type(enc).__name__ in ("dict", "EncodingMap"))
print(_codecs.charmap_encode("abc\u0400\u0401", "strict", enc))
for errors in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
    try:
        print(errors, _codecs.charmap_encode("a\u20ac\u20acc", errors, {ord("a"): 1, ord("c"): b"CC", ord("?"): 63, ord("&"): 38, ord("#"): 35, ord(";"): 59, **{ord(d): ord(d) for d in "0123456789\\x"}}))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e, e.start, e.end)
for mapping in [{97: 300}, {97: "s"}, {97: None}]:
    try:
        print(mapping, _codecs.charmap_encode("a", "strict", mapping))
    except (UnicodeEncodeError, TypeError) as e:
        print(mapping, type(e).__name__, e)
