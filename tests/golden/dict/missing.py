# __missing__ in dict subclasses; get() and `in` do not call it.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], c.get("z"), "z" in c, len(c))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, type(d).__name__)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + repr(key))
try:
    Raising()["k"]
except LookupError as e:
    print("LookupError:", e)
class Plain(dict):
    pass
try:
    Plain()["k"]
except KeyError as e:
    print("KeyError:", e)
class Getitem(dict):
    def __getitem__(self, k):
        return "override"
g = Getitem(a=1)
print(g["a"], g["x"], g.get("a"), dict.__getitem__(g, "a"))
print(dict(g), {**g})
