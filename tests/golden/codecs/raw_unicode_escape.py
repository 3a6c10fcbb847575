# raw_unicode_escape: only \u and \U escapes, after an odd run of backslashes.
import _codecs

print(_codecs.raw_unicode_escape_encode("a\\\t\xff\u20ac\U0001f600"))
for data in [b"\\u20ac\\\\u20ac\\\\\\u20ac", b"\\u12", b"\\U0011ffff", b"a\\", b"a\\\\", b"\\U0001f60", b"\\x41", b"\xe9\\u00e9"]:
    for final in [True, False]:
        try:
            print(data, final, ascii(_codecs.raw_unicode_escape_decode(data, "strict", final)))
        except UnicodeDecodeError as e:
            print(data, final, "UnicodeDecodeError:", e)
    print(data, ascii(_codecs.raw_unicode_escape_decode(data, "replace")))
s = "".join(chr(c) for c in range(0, 0x300, 5)) + "\U00010000"
assert _codecs.raw_unicode_escape_decode(_codecs.raw_unicode_escape_encode(s)[0])[0] == s
print("round trip ok")
