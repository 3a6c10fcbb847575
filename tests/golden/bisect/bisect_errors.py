# bisect: argument errors and errors raised while searching, in CPython's words.
import bisect

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
attempt("negative lo", lambda: bisect.bisect_left(a, 2, -1))
attempt("negative lo insort", lambda: bisect.insort(a, 2, lo=-5))
attempt("float lo", lambda: bisect.bisect_left(a, 2, 1.0))
attempt("str hi", lambda: bisect.bisect_right(a, 2, 0, "x"))
attempt("float hi", lambda: bisect.bisect_right(a, 2, 0, 2.5))
attempt("huge lo", lambda: bisect.bisect_left(a, 2, 2 ** 70))
attempt("huge hi", lambda: bisect.bisect_left(a, 2, 0, 2 ** 70))
attempt("hi past end", lambda: bisect.bisect_left(a, 5, 0, 10))
attempt("lo past end", lambda: bisect.bisect_left(a, 5, 10))
attempt("no len", lambda: bisect.bisect_left(5, 2))
attempt("dict", lambda: bisect.bisect_left({1: 2}, 2))
attempt("no args", lambda: bisect.bisect_left())
attempt("one arg", lambda: bisect.bisect_right(a))
attempt("five positional", lambda: bisect.bisect_left(a, 1, 0, 3, None))
attempt("bad keyword", lambda: bisect.bisect_left(a, 1, foo=5))
attempt("twice", lambda: bisect.bisect_right(a, 1, a=a))
attempt("key not callable", lambda: bisect.bisect_left(a, 1, key=5))
attempt("key empty range", lambda: bisect.bisect_left(a, 1, 2, 2, key=5))
attempt("incomparable", lambda: bisect.insort_left(a, "x"))
attempt("tuple insort", lambda: bisect.insort_left((1, 2), 1))
attempt("key raising", lambda: bisect.bisect_left(a, 1, key=lambda v: 1 / 0))
attempt("insort key raising", lambda: bisect.insort(a, 1, key=lambda v: 1 / 0))
attempt("unchanged", lambda: a)
class Short:
    def __len__(self):
        return 10
    def __getitem__(self, i):
        if i > 2:
            raise IndexError("short")
        return i
attempt("short seq", lambda: bisect.bisect_left(Short(), 8))
attempt("negative len", lambda: bisect.bisect_left(type("L", (), {"__len__": lambda s: -1})(), 1))
