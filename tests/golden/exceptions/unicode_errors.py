# UnicodeDecodeError / EncodeError / TranslateError: fields and messages.
d = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(d.encoding, d.object, d.start, d.end, d.reason)
print(str(d))
print(str(UnicodeDecodeError("utf-8", b"abc\xff\xfe", 3, 5, "bad bytes")))
for text, start, end in [("h\xe9llo", 1, 2), ("a\u1234", 1, 2), ("a\U0001f600", 1, 2), ("h\xe9\xe9", 1, 3)]:
    print(str(UnicodeEncodeError("ascii", text, start, end, "ordinal not in range(128)")))
print(str(UnicodeTranslateError("a\xe9", 1, 2, "no mapping")))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as exc:
    print(type(exc).__name__, exc)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as exc:
    print(type(exc).__name__, exc, exc.start, exc.end)
for args in [(1, 2, 3, 4, 5), ("a",)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as exc:
        print("TypeError", exc)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
