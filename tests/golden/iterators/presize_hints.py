# How list() and tuple() use __length_hint__ and __len__ to presize: bad values and errors.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self):
        if isinstance(self.h, BaseException): raise self.h
        return self.h
for h in [3, -1, "x", 2.0, NotImplemented, KeyError("k"), TypeError("t"), 10**30, True, None]:
    show(lambda: list(H(h)))
    show(lambda: tuple(H(h)))
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        return self.n
    def __iter__(self): return iter("ab")
for n in [1, -1, "x"]:
    show(lambda: list(L(n)))
