# Class bodies, __build_class__, metaclasses, super(), __class__ cells.
class Base:
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def describe(self):
        return f"{type(self).__name__}({self.x})"
    def __repr__(self):
        return self.describe()

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + f"+{self.y}"

print(Child(1, 2), Base(3), Base.count)
print(Child.__mro__, Child.__qualname__, Child.describe.__qualname__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}

class WithMeta(metaclass=Meta, flag=True):
    def method(self):
        return __class__
print(type(WithMeta).__name__, WithMeta.injected, WithMeta().method() is WithMeta)

class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class R1(Registry, tag="one"):
    pass
print(Registry.subclasses, R1.tag)

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return f"desc {self.name}"
class UsesDesc:
    attr = Desc()
print(UsesDesc().attr)

class Outer:
    class Inner:
        def m(self):
            pass
    x = [i for i in range(3)]
print(Outer.Inner.m.__qualname__, Outer.x)

def make_class(n):
    class Local:
        value = n
        def get(self):
            return self.value + n
    return Local
print(make_class(5)().get(), make_class(5).__qualname__)

class GenericAlias:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(GenericAlias[int])

class MroEntry:
    def __mro_entries__(self, bases):
        return (Base,)
class FromEntry(MroEntry()):
    pass
print(FromEntry.__bases__, FromEntry.__orig_bases__[0].__class__.__name__)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
print(s.a)
try:
    s.b
except AttributeError as e:
    print(e)

class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(Dyn().hello)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
p = Prop()
p.v = 21
print(p.v)
try:
    super()
except RuntimeError as e:
    print(e)
class NoArgs:
    def m():
        return super()
try:
    NoArgs.m()
except RuntimeError as e:
    print(e)
class Counter:
    n = 0
    def __call__(self):
        Counter.n += 1
        return Counter.n
c = Counter()
print(c(), c(), [c() for _ in range(3)])
print(Child(1, 2).describe.__func__ is Child.describe, Child(1, 2).describe == Child(1, 2).describe)
m = Child(1, 2).describe
print(m.__self__, m.__name__)
