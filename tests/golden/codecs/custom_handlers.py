# register_error: Python handlers called with the error, answering (replacement, newpos).
import _codecs

seen = []
def record(e):
    seen.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    return ("<%d:%d>" % (e.start, e.end), e.end)
_codecs.register_error("test.record", record)
print("a\xe9\u20acb".encode("ascii", "test.record"), b"a\xffb\xfe".decode("utf-8", "test.record"))
print("x\ud800y".encode("utf-8", "test.record"), "x\u0101".encode("latin-1", "test.record"))
print(seen)

_codecs.register_error("test.bytes", lambda e: (b"\xff\xfe\xfd", e.end))
print("a\xff".encode("ascii", "test.bytes"), "a\ud800".encode("utf-8", "test.bytes"))
for enc in ["utf-16", "utf-32"]:
    try:
        print("a\ud800".encode(enc, "test.bytes"))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
_codecs.register_error("test.euro", lambda e: ("\u20ac", e.end))
try:
    "a\xff".encode("ascii", "test.euro")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("a\xff".encode("latin-1", "test.euro") if False else "a\u0100".encode("utf-16-le", "test.euro"))

for name, handler in [("test.one", lambda e: 1), ("test.short", lambda e: ("x",)), ("test.types", lambda e: (1, 2)),
                      ("test.far", lambda e: ("", 100)), ("test.raise", lambda e: 1 / 0)]:
    _codecs.register_error(name, handler)
    for action in [lambda: "a\xff".encode("ascii", name), lambda: b"a\xff".decode("ascii", name)]:
        try:
            print(name, action())
        except Exception as x:
            print(name, type(x).__name__, x)

_codecs.register_error("test.back", lambda e: ("X", -1))
print("a\xffbc".encode("ascii", "test.back"), b"a\xffbc".decode("ascii", "test.back"))
skips = iter([3, 6])
_codecs.register_error("test.skip", lambda e: ("_", next(skips)))
print(b"a\xffbcd\xfeef".decode("ascii", "test.skip"))
_codecs.register_error("test.decode_bytes", lambda e: (b"x", e.end))
try:
    b"\xff".decode("ascii", "test.decode_bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    _codecs.register_error("test.bad", 3)
except TypeError as e:
    print("TypeError:", e)
print(_codecs.lookup_error("test.record") is record)
