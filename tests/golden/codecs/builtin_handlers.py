# The built-in error handlers as callables, applied to UnicodeError objects.
import _codecs

handlers = ["strict", "ignore", "replace", "backslashreplace", "namereplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
errors = [
    UnicodeEncodeError("utf-16", "a\udc80\u20acb", 1, 3, "r"),
    UnicodeEncodeError("utf-8", "a\ud800\udfffb", 1, 3, "r"),
    UnicodeEncodeError("ascii", "a\udc80\udcffb", 1, 3, "r"),
    UnicodeEncodeError("latin-1", "\U0001f600\x00", 0, 1, "r"),
    UnicodeDecodeError("utf-8", b"a\xed\xa0\x80b", 1, 2, "r"),
    UnicodeDecodeError("utf-16-be", b"\xd8\x00", 0, 2, "r"),
    UnicodeDecodeError("ascii", b"\x80\x81\x82\x83\x84\x41", 0, 6, "r"),
    UnicodeTranslateError("a\u20acb", 1, 2, "r"),
]
for name in handlers:
    f = _codecs.lookup_error(name)
    print(name, f)
    for e in errors:
        try:
            print("  ", type(e).__name__, e.encoding if hasattr(e, "encoding") else "-", ascii(f(e)))
        except Exception as x:
            print("  ", type(e).__name__, "->", type(x).__name__, x)
for bad in [ValueError("x"), 3, KeyError("k")]:
    for name in ["strict", "replace", "ignore"]:
        try:
            _codecs.lookup_error(name)(bad)
        except Exception as x:
            print(name, type(bad).__name__, type(x).__name__, x)
try:
    _codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
