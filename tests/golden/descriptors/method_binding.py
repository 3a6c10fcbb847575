class C:
    def m(self, x): return (self.__class__.__name__, x)
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m, C.m(c, 2))
print(type(bm).__name__, type(C.m).__name__)
print(bm == c.m, bm is c.m)
c.m = lambda x: ("instance", x)
print(c.m(3))
del c.m
print(c.m(4))
class D(C): pass
print(D().m(5), D.m is C.m)
f = C.__dict__["m"]
print(f.__get__(c, C)(6), f.__get__(None, C) is f)
print(getattr(c, "m")(7))
