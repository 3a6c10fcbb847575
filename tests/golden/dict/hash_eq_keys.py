# Keys with custom __hash__/__eq__, equal keys of different types, and keys
# whose __hash__ or __eq__ fails.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Key:
    def __init__(self, name, h): self.name, self.h = name, h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, Key) and self.name == o.name
    def __repr__(self): return "Key(%s)" % self.name
d = {Key("a", 1): 1, Key("b", 1): 2, Key("c", 2): 3}
print(d, d[Key("b", 1)], Key("a", 1) in d, Key("a", 2) in d)
d[Key("a", 1)] = 100
print(d)
class BadHash:
    def __hash__(self): raise ValueError("bad hash")
attempt(lambda: {BadHash(): 1})
attempt(lambda: {}.get(BadHash()))
attempt(lambda: BadHash() in {})
class BadEq:
    def __hash__(self): return 7
    def __eq__(self, o): raise RuntimeError("bad eq")
e = {BadEq(): 1}
attempt(lambda: e[BadEq()])
attempt(lambda: BadEq() in e)
print(len(e))
f = {1: "a"}
f[1.0] = "b"
f[True] = "c"
print(f)
g = {0.0: "z"}
g[0] = "i"
g[-0.0] = "n"
print(g)
h = {2**61 - 1: "m", 0: "zero"}
print(h, hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print({-1: "a", -2: "b"}, len({-1: 0, -2: 0}))
class Mutating:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
m = {}
m[Mutating(m)] = 1
m[Mutating(m)] = 2
print(len(m))
