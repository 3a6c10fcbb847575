class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
class Child(Base):
    @Base.v.setter
    def v(self, val): self._v = val * 10
c = Child()
c.v = 2
print(c.v, Base.v is not Child.v, Child.v.fget is Base.v.fget)
b = Base()
try:
    b.v = 3
except AttributeError as e:
    print(e)
class Override(Base):
    v = 99
print(Override().v)
class Getter(Base):
    @property
    def v(self): return "override " + str(super().v)
print(Getter().v)
