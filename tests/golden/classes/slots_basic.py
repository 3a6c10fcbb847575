class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"))
p.x = 5
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
print(type(P.x).__name__, repr(P.x))

class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)

class WithDict(P):
    pass
w = WithDict(1, 2)
w.extra = 9
print(w.extra, w.__dict__)

class DictSlot:
    __slots__ = ("a", "__dict__")
d = DictSlot()
d.a = 1
d.b = 2
print(d.a, d.__dict__)

class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only, One.__slots__)

class Priv:
    __slots__ = ("__hidden",)
    def set(self, v): self.__hidden = v
    def get(self): return self.__hidden
pv = Priv()
pv.set(4)
print(pv.get(), sorted(k for k in Priv.__dict__ if "hidden" in k))

try:
    class Clash:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
