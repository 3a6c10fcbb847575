# latin_1 and ascii: the single-byte codecs and their errors.
import _codecs

print(_codecs.latin_1_encode("caf\xe9"), _codecs.ascii_encode("cafe"), _codecs.latin_1_decode(b"\xff\x00a"), _codecs.ascii_decode(b"abc"))
for s in ["\u20ac", "a\u0100\u0101b", "\udc80x"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
        for fn in [_codecs.latin_1_encode, _codecs.ascii_encode]:
            try:
                print(ascii(s), errors, fn.__name__, fn(s, errors))
            except UnicodeEncodeError as e:
                print(ascii(s), errors, fn.__name__, "UnicodeEncodeError:", e)
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, ascii(_codecs.ascii_decode(b"a\x80\xffb", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
