raw = b"caf\xe9 \xff\xfe ok"
for h in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        s = raw.decode("utf-8", h)
        print(h, ascii(s), len(s))
    except UnicodeDecodeError as e:
        print(h, "UnicodeDecodeError", e)
s = raw.decode("utf-8", "surrogateescape")
print(s.encode("utf-8", "surrogateescape") == raw, s.encode("latin-1", "surrogateescape"))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
text = "naïve café – 😀"
for h in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    print(h, text.encode("ascii", h), text.encode("latin-1", h))
e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(e, repr(e.object), e.start, e.end)
e = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(e, e.object, e.start, e.end, e.reason)
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
