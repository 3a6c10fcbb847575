class C: pass
c = C()
print(object.__eq__(c, c), object.__ne__(c, c), object.__eq__(c, 1))
print(c.__eq__(1), c.__ne__(c), c.__lt__(c))
print(c.__class__ is C, type(c.__sizeof__()).__name__)
print(sorted(x for x in dir(c) if not x.startswith("__"))[:3], "__init__" in dir(c))
c.a = 1
print("a" in dir(c), c.__getstate__())
print(object.__init_subclass__() is None, C.__subclasshook__(C))
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(e)
print(object.__format__(c, "") == repr(c), format(1, "") == "1")
try:
    object.__init__(c, 1)
except TypeError as e:
    print(e)
class D:
    def __init__(self, *a): pass
D(1, 2)
print(object.__new__(D).__class__.__name__)
class X: pass
class Y: pass
x = X()
x.__class__ = Y
print(type(x).__name__)
try:
    x.__class__ = int
except TypeError as e:
    print(e)
try:
    x.__class__ = 1
except TypeError as e:
    print(e)
class S:
    __slots__ = ("q",)
try:
    x.__class__ = S
except TypeError as e:
    print(e)
print(str(object()).startswith("<object object at"))
try:
    object().x = 1
except AttributeError as e:
    print(e)
