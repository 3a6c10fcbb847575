# utf_32 with and without a byte-order mark, utf_32_ex_decode's byteorder.
import _codecs

for s in ["", "a", "\u20ac", "\U0001f600x"]:
    print(ascii(s), _codecs.utf_32_encode(s), _codecs.utf_32_encode(s, None, -1), _codecs.utf_32_encode(s, None, 1),
          _codecs.utf_32_le_encode(s), _codecs.utf_32_be_encode(s))

for data in [b"", b"\xff\xfe\x00", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a"]:
    for order in [0, -1, 1]:
        for final in [False, True]:
            try:
                print(data, order, final, ascii(_codecs.utf_32_ex_decode(data, "strict", order, final)))
            except UnicodeDecodeError as e:
                print(data, order, final, "UnicodeDecodeError:", e)
    try:
        print(data, ascii(_codecs.utf_32_decode(data, None, True)), ascii(_codecs.utf_32_le_decode(data)), ascii(_codecs.utf_32_be_decode(data)))
    except UnicodeDecodeError as e:
        print(data, "UnicodeDecodeError:", e)

for bad in [b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"ab", b"a\x00\x00\x00b"]:
    for errors in ["strict", "replace", "ignore", "surrogatepass"]:
        try:
            print(bad, errors, ascii(_codecs.utf_32_le_decode(bad, errors, True)))
        except UnicodeDecodeError as e:
            print(bad, errors, "UnicodeDecodeError:", e)
