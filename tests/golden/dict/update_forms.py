# update() and dict(): from mappings, from iterables of pairs, from keywords,
# and their error messages.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {}
d.update({"a": 1})
d.update([("b", 2), ["c", 3]])
d.update(x=4, y=5)
d.update({"a": 0}, z=6)
d.update((("k", "v"),), a=-1)
print(d)
d.update("ab" for _ in range(1))
print(d)
class Mapping:
    def keys(self): return ["m1", "m2"]
    def __getitem__(self, k): return k.upper()
d.update(Mapping())
print(d)
attempt(lambda: d.update(1))
attempt(lambda: d.update([1]))
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update([(1, 2), (3,)]))
attempt(lambda: d.update(["abc"]))
attempt(lambda: d.update({}, {}))
print(dict({"a": 1}), dict([(1, 2)]), dict(a=1, b=2), dict({"a": 1}, b=2), dict([], c=3))
print(dict(zip("abc", "xyz")), dict(dict(q=1)), dict(Mapping()))
attempt(lambda: dict(1))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([1]))
attempt(lambda: dict({1: 2}, {3: 4}))
attempt(lambda: dict(["a"]))
attempt(lambda: dict([[1]]))
e = {1: 1}
e.update(e)
print(e)
f = {"a": 1}
f.update(a=2)
print(f)
