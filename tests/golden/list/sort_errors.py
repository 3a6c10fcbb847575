# Exceptions inside sort: from comparisons, from key functions, and from
# code that changes the list while it is being sorted.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: sorted([3, "a", 1]))
attempt(lambda: sorted([None, None]))
a = [3, 1, "x", 2]
try:
    a.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted(a, key=str), len(a), set(map(str, a)) == {"1", "2", "3", "x"})
def key(x):
    if x == 4:
        raise KeyError("bad key")
    return x
b = [5, 4, 3]
attempt(lambda: b.sort(key=key))
print(b)
attempt(lambda: [1].sort(1))
attempt(lambda: [1].sort(key=1))
attempt(lambda: [1, 2].sort(key=1))
attempt(lambda: [].sort(cmp=None))
c = list(range(10))
def mutating_key(x):
    c.append(x)
    return x
attempt(lambda: c.sort(key=mutating_key))
print(c)
d = [3, 2, 1]
def clearing_key(x):
    d.clear()
    return x
attempt(lambda: d.sort(key=clearing_key))
print(d)
class Cmp:
    count = 0
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        Cmp.count += 1
        if Cmp.count > 5:
            raise RuntimeError("too many comparisons")
        return self.v < other.v
    def __repr__(self): return "C%d" % self.v
e = [Cmp(i) for i in (5, 3, 8, 1, 9, 2, 7)]
attempt(lambda: e.sort())
print(sorted(x.v for x in e))
class Seen:
    def __init__(self, v, l): self.v = v; self.l = l
    def __lt__(self, other):
        if len(self.l) != 0:
            print("list visible during sort", self.l)
        return self.v < other.v
f = []
f.extend(Seen(i, f) for i in (2, 1, 3))
f.sort()
print([x.v for x in f])
g = [2, 1]
def appending_lt_key(x):
    g.append(0)
    g.pop()
    return x
attempt(lambda: g.sort(key=appending_lt_key))
print(g)
