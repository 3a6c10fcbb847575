# operator._compare_digest (hmac.compare_digest): str (ASCII only) or
# bytes-like arguments, and its errors.
from _operator import _compare_digest
import hmac

def attempt(*args):
    try:
        print(repr(_compare_digest(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt("abc", "abc")
attempt("abc", "abd")
attempt("abc", "ab")
attempt("", "")
attempt(b"abc", b"abc")
attempt(b"abc", bytearray(b"abc"))
attempt(memoryview(b"xyz"), b"xyz")
attempt(b"abc", b"abcd")
attempt("abc", b"abc")
attempt(b"abc", "abc")
attempt("é", "é")
attempt("a", "é")
attempt(1, 2)
attempt(1, b"a")
attempt(b"a", 1)
attempt("a")
print(hmac.compare_digest(b"key", b"key"), hmac.compare_digest("a", "b"))
