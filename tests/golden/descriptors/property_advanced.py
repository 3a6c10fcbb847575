def getx(self): return self._x
def setx(self, v): self._x = v
class C:
    x = property(getx, setx, None, "the x")
c = C()
c.x = 3
print(c.x, C.x.__doc__)
p2 = C.x.getter(lambda self: "new getter")
print(p2.fget(c), p2.fset is setx, p2.__doc__)

class Cached:
    def __init__(self): self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
cc = Cached()
print(cc.value, cc.value, cc.calls)

class MyProp(property):
    def __get__(self, obj, owner=None):
        r = super().__get__(obj, owner)
        return r if obj is None else ("wrapped", r)
class U:
    @MyProp
    def v(self):
        "doc v"
        return 1
print(U().v, type(U.v).__name__, U.v.__doc__)
print(property(len).__doc__ == len.__doc__, property(doc="d").__doc__)

class Shadow:
    @property
    def a(self): return "prop"
s = Shadow()
s.__dict__["a"] = "dict"
print(s.a)
print(property.__isabstractmethod__.__class__.__name__ if False else C.x.__isabstractmethod__)
