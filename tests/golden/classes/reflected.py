class Meters:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Meters({self.v})"
    def __add__(self, o):
        print("  Meters.__add__")
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  Meters.__radd__")
        return self.__add__(o)
    def __rsub__(self, o):
        return Meters(o - self.v)

print(Meters(1) + 2)
print(2 + Meters(1))
print(sum([Meters(1), Meters(2)], 0) if False else 10 - Meters(3))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
class Other(Base):
    pass
print(Base() + Derived())
print(Derived() + Base())
print(Base() + Other())

class A:
    def __lt__(self, o):
        print("  A.__lt__")
        return NotImplemented
class B:
    def __gt__(self, o):
        print("  B.__gt__")
        return True
print(A() < B())
class C:
    def __eq__(self, o):
        print("  C.__eq__")
        return NotImplemented
c = C()
print(c == c, c == C(), c != c)
try:
    A() < A()
except TypeError as e:
    print(e)
