class Vec:
    __slots__ = ("_x",)
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = float(v)
v = Vec(1)
v.x = 5
print(v.x, type(v.x).__name__)
try:
    v.y = 1
except AttributeError as e:
    print(e)
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.a)
try:
    f.a = 4
except AttributeError as e:
    print(e)
