# utf_16 with and without a byte-order mark, utf_16_ex_decode's byteorder.
import _codecs

for s in ["", "a", "\u20ac", "\U0001f600x"]:
    print(ascii(s), _codecs.utf_16_encode(s), _codecs.utf_16_encode(s, None, -1), _codecs.utf_16_encode(s, None, 1),
          _codecs.utf_16_le_encode(s), _codecs.utf_16_be_encode(s))

for data in [b"", b"\xff", b"\xff\xfe", b"\xfe\xff", b"a\x00", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xff\xfe\x3d\xd8\x00\xde"]:
    for order in [0, -1, 1]:
        for final in [False, True]:
            try:
                print(data, order, final, ascii(_codecs.utf_16_ex_decode(data, "strict", order, final)))
            except UnicodeDecodeError as e:
                print(data, order, final, "UnicodeDecodeError:", e)
    print(data, ascii(_codecs.utf_16_decode(data)), ascii(_codecs.utf_16_le_decode(data)), ascii(_codecs.utf_16_be_decode(data)))

for bad in [b"\x00\xdc", b"\x00\xd8a\x00", b"\x00\xd8", b"a"]:
    for errors in ["strict", "replace", "ignore", "surrogatepass", "backslashreplace"]:
        try:
            print(bad, errors, ascii(_codecs.utf_16_le_decode(bad, errors, True)))
        except UnicodeDecodeError as e:
            print(bad, errors, "UnicodeDecodeError:", e)
for errors in ["strict", "replace", "surrogatepass", "backslashreplace"]:
    try:
        print(errors, _codecs.utf_16_encode("a\ud800b", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
