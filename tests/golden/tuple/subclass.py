# Subclasses of tuple, including namedtuple-style ones with properties.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return "Point(%r, %r)" % self
p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p + (3,), type(p + (3,)).__name__, p[:1], type(p[:]).__name__)
x, y = p
print(x, y, list(p), tuple(p), type(tuple(p)).__name__)
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, type(t).__name__, t.count(2), t.index(3), t[::-1], T(), T("ab"))
print({p: "point"}[(1, 2)])
