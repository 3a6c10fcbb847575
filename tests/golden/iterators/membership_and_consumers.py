# The in operator and consuming built-ins over generators and iterators: how far they read,
# __contains__ = None, __getitem__ fallback, and errors from comparisons and conversions.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
def gen():
    for i in range(5):
        print("yield", i)
        yield i
g = gen()
show(lambda: 2 in g)
show(lambda: list(g))
class OnlyIter:
    def __iter__(self):
        print("__iter__ called")
        yield from [1, 2, 3]
show(lambda: 3 in OnlyIter())
show(lambda: 9 in OnlyIter())
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
show(lambda: 1 in ContainsNone())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 2
show(lambda: 6 in GetItemOnly())
show(lambda: 5 in GetItemOnly())
show(lambda: 1 in 5)
show(lambda: 1 in None)
class EqRaises:
    def __eq__(self, o): raise KeyError("eq")
show(lambda: EqRaises() in [1])
show(lambda: 1 in [EqRaises()])
it = iter([1, 2, 3, 4])
show(lambda: (3 in it, list(it)))
show(lambda: max((x for x in []), key=abs, default=None))
show(lambda: min(x for x in [3, -4, 2]))
show(lambda: max(iter([3, -4, 2]), key=abs))
show(lambda: sorted(gen(), key=lambda v: -v))
show(lambda: list(reversed(list(gen()))))
show(lambda: {x: x * x for x in gen() if x % 2})
show(lambda: sum(gen(), start=100))
show(lambda: "".join(x for x in "abc"))
show(lambda: "".join(x for x in [1]))
show(lambda: bytes(x for x in [65, 66]))
show(lambda: bytes(x for x in [65, 256]))
show(lambda: bytearray(gen()))
show(lambda: frozenset(gen()))
