# The codec registry: search functions, name normalisation, the cache, unregister.
import _codecs

seen = []
def search(name):
    seen.append(name)
    if name == "test_upper":
        return (lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)), None, None)
    if name == "test_bad":
        return 42
    if name == "test_short":
        return (1, 2)
    return None

_codecs.register(search)
info = _codecs.lookup("Test Upper")
print(type(info).__name__, len(info), seen)
print(_codecs.lookup("TEST-UPPER") is _codecs.lookup("test_upper"), seen)
print("abc".encode("test_upper"), b"ABC".decode("test-upper"))
print(_codecs.encode("xyz", "test_upper"), _codecs.decode(b"XYZ", "test_upper"))
for name in ["test_bad", "test_short", "no such codec", ""]:
    try:
        _codecs.lookup(name)
    except (LookupError, TypeError) as e:
        print(repr(name), type(e).__name__, e)
print(seen[-4:])
for bad in [3, None]:
    try:
        _codecs.lookup(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _codecs.register("not callable")
except TypeError as e:
    print("TypeError:", e)
_codecs.unregister(search)
try:
    _codecs.lookup("test_upper")
except LookupError as e:
    print("LookupError:", e)
_codecs.unregister(search)
print("done")
