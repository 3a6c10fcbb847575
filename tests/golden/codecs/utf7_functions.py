# UTF-7: direct characters, "+-", base64 shift sequences, incomplete input.
import _codecs

for s in ["", "Hi Mom -\u263a-!", "A+B", "~\\", "\U0001f600", "a\u20acb-c", "1 + 1 = 2", "\x00\x7f", "\u263a\u263a\u263a"]:
    b, n = _codecs.utf_7_encode(s)
    print(ascii(s), b, n, ascii(_codecs.utf_7_decode(b, None, True)))

for data in [b"+", b"+-", b"+Jj", b"+Jjo", b"+Jjo-", b"+2D3", b"a+2D3eAA", b"+2D3eAA-b", b"+AGE", b"+AGF-", b"\x80", b"+!", b"+Jjo!", b"+2D3-x"]:
    for final in [False, True]:
        try:
            print(data, final, ascii(_codecs.utf_7_decode(data, "strict", final)))
        except UnicodeDecodeError as e:
            print(data, final, "UnicodeDecodeError:", e)
    print(data, ascii(_codecs.utf_7_decode(data, "replace", True)))
