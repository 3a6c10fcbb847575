from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0), Version(2,), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) <= Version(1), Version(2) > Version(1), Version(1) >= Version(3))

class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("R.lt"); return self.v < o.v
    def __gt__(self, o): print("R.gt"); return self.v > o.v
class S(R):
    def __gt__(self, o): print("S.gt"); return self.v > o.v
print(R(1) < S(2))
print(S(1) < R(2))
class Weird:
    def __eq__(self, o): return [1]
    def __ne__(self, o): return []
print(Weird() == 1, Weird() != 1, bool(Weird() == 1))
print([Weird()] == [Weird()] if False else "skip")
class Cmp:
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
print(Cmp() <= 1, 1 <= Cmp(), Cmp() >= Cmp())
try:
    Cmp() < 1
except TypeError as e:
    print(e)
try:
    1 > Cmp()
except TypeError as e:
    print(e)
