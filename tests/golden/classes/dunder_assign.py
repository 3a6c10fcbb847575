class N:
    def __init__(self, v): self.v = v
n = N(3)
try:
    n + 1
except TypeError as e:
    print(e)
N.__add__ = lambda self, o: N(self.v + o)
print((n + 1).v)
N.__radd__ = lambda self, o: "radd"
print(1 + n)
N.__repr__ = lambda self: f"N<{self.v}>"
print(n, [n])
N.__len__ = lambda self: self.v
print(len(n), bool(n))
N.__eq__ = lambda self, o: True
print(n == 5)
N.__call__ = lambda self, *a: sum(a) + self.v
print(n(1, 2))
N.__getitem__ = lambda self, k: k * self.v
print(n[4])
del N.__add__
try:
    n + 1
except TypeError as e:
    print(e)
class Sub(N): pass
s = Sub(2)
print(s + 0 if hasattr(Sub, "__add__") else "no add", s[3])
N.__add__ = lambda self, o: "added"
print(s + 0)
N.__iter__ = lambda self: iter(range(self.v))
print(list(s))
N.__bool__ = lambda self: False
print(bool(s))
N.__hash__ = lambda self: 7
print(hash(s))
N.__neg__ = lambda self: "neg"
print(-s)
N.__contains__ = lambda self, x: x == 1
print(1 in s, 2 in s)
