# defaultdict: the factory, __missing__, repr, copy, | and errors.
from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, d.default_factory, len(d))
print(d.get("zz"), "zz" in d)
n = defaultdict()
print(n, n.default_factory)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
counts = defaultdict(int, {"x": 1}, y=2)
for ch in "xyzx":
    counts[ch] += 1
print(counts)
print(counts == {"x": 3, "y": 3, "z": 1}, isinstance(counts, dict))
c = counts.copy()
c["q"] += 5
print(type(c).__name__, c.default_factory, sorted(c.items()), "q" in counts)
print(counts.__copy__())
print(counts | {"w": 9}, {"w": 9} | counts, type({"w": 9} | counts).__name__)
counts |= {"v": 0}
print(counts)
d.default_factory = set
d["s"].add(1)
print(d)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)

class Sub(defaultdict):
    pass
s = Sub(lambda: "dflt")
s[1]
print(repr(s).startswith("Sub(<function <lambda>"), dict(s))

rec = defaultdict(list)
rec.default_factory = rec.__getitem__
print(repr(defaultdict(str, {1: "a"})))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]))
print(defaultdict.__name__, defaultdict.__module__)
