class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def hello(cls):
        return f"hello from {cls.__name__}"

class Base(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v

class Child(Base, flag=True):
    y = 2

print(type(Base).__name__, type(Child).__name__, Child.created_by)
c = Child(5)
print(c.v, Child.hello(), isinstance(Child, Meta))
try:
    c.hello()
except AttributeError as e:
    print(e)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(e)

class M3(M1): pass
class C3(A, metaclass=M3): pass
print(type(C3).__name__)
class D3(C3, A): pass
print(type(D3).__name__)
