# str.encode / bytes.decode refuse codecs that are not text encodings, and
# check what a codec returns; codecs.encode/decode take anything.
import _codecs

class Info(tuple):
    def __new__(cls, encode, decode, is_text):
        self = tuple.__new__(cls, (encode, decode, None, None))
        self._is_text_encoding = is_text
        return self

def search(name):
    if name == "test_rev":
        return Info(lambda s, errors="strict": (s[::-1], len(s)), lambda s, errors="strict": (s[::-1], len(s)), False)
    if name == "test_list":
        return Info(lambda s, errors="strict": ([s], 1), lambda s, errors="strict": ([s], 1), True)
    if name == "test_notuple":
        return Info(lambda s, errors="strict": "plain", lambda s, errors="strict": "plain", True)
    if name == "test_fail":
        def fail(s, errors="strict"):
            raise ValueError("broken codec")
        return Info(fail, fail, True)
    if name == "test_keyfail":
        def fail(s, errors="strict"):
            raise KeyError("k")
        return Info(fail, fail, True)
    return None

_codecs.register(search)
print(_codecs.encode("abc", "test_rev"), _codecs.decode([1, 2, 3], "test_rev"))
for action in [lambda: "abc".encode("test_rev"), lambda: b"abc".decode("test_rev"),
               lambda: "abc".encode("test_list"), lambda: b"abc".decode("test_list"),
               lambda: _codecs.encode("abc", "test_notuple"), lambda: _codecs.decode(b"abc", "test_notuple"),
               lambda: "abc".encode("test_fail"), lambda: _codecs.decode(b"abc", "test_fail"),
               lambda: "abc".encode("test_keyfail")]:
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
print(_codecs.encode("x", errors="strict", encoding="test_rev"))
try:
    _codecs.encode("x", 3)
except TypeError as e:
    print("TypeError:", e)
