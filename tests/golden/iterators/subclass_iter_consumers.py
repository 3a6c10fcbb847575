# More consumers over list/tuple subclasses with their own __iter__: join, enumerate, zip, map,
# sets, bytes, min, star-unpacking and itertools.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self):
        return iter(["x", "y"])
class T(tuple):
    def __iter__(self):
        return iter(["p"])
l = L(["a", "b"]); t = T(("q", "r"))
for obj in (l, t):
    show(lambda: "".join(obj))
    show(lambda: list(enumerate(obj)))
    show(lambda: list(zip(obj, obj)))
    show(lambda: list(map(str.upper, obj)))
    show(lambda: any(x == "x" for x in obj))
    show(lambda: frozenset(obj) == set(obj))
    show(lambda: dict.fromkeys(obj))
    show(lambda: bytes(len(s) for s in obj))
    show(lambda: min(obj))
    show(lambda: list(reversed(obj)))
    show(lambda: tuple(obj))
    show(lambda: [*obj, *obj])
    show(lambda: sorted({*obj}))
    show(lambda: list(filter(None, obj)))
    show(lambda: sorted(obj))
    show(lambda: " ".join(sorted(set(obj))))
    show(lambda: [].__iadd__(obj))
    show(lambda: list(obj) + [])
    show(lambda: [x for x in obj])
    x, *y = obj
    show(lambda: (x, y))
import itertools
show(lambda: list(itertools.chain(l, t)))
show(lambda: list(itertools.product(l)))
show(lambda: list(itertools.permutations(t)))
show(lambda: list(itertools.combinations(l, 1)))
