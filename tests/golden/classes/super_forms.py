class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def two(self): return super(B, self).f()
    def s_via(self): return super().s()
    def p_via(self): return super().p
    def lam(self):
        return (lambda: super(B, self).f())()
class C(B):
    def f(self): return "C.f>" + super().f()
    def skip(self): return super(B, self).f()
c = C()
print(c.f(), C.c(), c.two(), c.skip(), c.s_via(), c.p_via(), c.lam())
print(super(C, c).f(), super(C, C).c())
sp = super(B, c)
print(repr(sp), repr(super(B)))
print(sp.__thisclass__.__name__, sp.__self_class__.__name__, sp.__self__ is c)
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1, 2)
except TypeError as e:
    print(e)
try:
    sp.nothing
except AttributeError as e:
    print(e)

class Init:
    def __init__(self, a):
        self.a = a
class Init2(Init):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
i = Init2(1, 2)
print(i.a, i.b)

def outside():
    try:
        super()
    except RuntimeError as e:
        print(e)
outside()

class New(int):
    def __new__(cls, v):
        obj = super().__new__(cls, v)
        obj.extra = v + 1
        return obj
print(New(5), New(5).extra)
