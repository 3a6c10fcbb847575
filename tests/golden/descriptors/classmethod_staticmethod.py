class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        return s.count("-") == 2
    def __repr__(self): return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date): pass
print(Date.from_string("2024-1-2"), MyDate.from_string("2000-10-20"))
print(Date.is_valid("1-2-3"), Date("1", 2, 3).is_valid("x"), MyDate(1, 2, 3).from_string("3-2-1"))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_valid"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__name__, sm.__qualname__, cm.__doc__)
print(sm("a-b-c"), callable(sm))
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
print(Date.from_string.__self__ is Date, Date.from_string.__name__)

def plain(x): return x * 2
s = staticmethod(plain)
c = classmethod(plain)
class H:
    s = s
    c = classmethod(lambda cls: cls.__name__)
print(H.s(4), H().s(5), H.c())
print(repr(s).startswith("<staticmethod(<function plain"), repr(c).startswith("<classmethod(<function plain"))
try:
    staticmethod()
except TypeError as e:
    print(e)
class Chain:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
print(Chain.name)
