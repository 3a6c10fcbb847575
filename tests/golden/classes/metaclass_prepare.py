class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))

class K(metaclass=OrderedMeta, option=1):
    a = 1
print(K.injected, K.a)

class Recorder(dict):
    def __setitem__(self, k, v):
        print("define", k)
        super().__setitem__(k, v)
class RM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()
class R(metaclass=RM):
    x = 1
    def f(self): pass
print(sorted(k for k in R.__dict__ if not k.startswith("__")))
print(type.__prepare__("X", ()))

Dyn = type("Dyn", (object,), {"v": 3, "get": lambda self: self.v * 2})
print(Dyn.__name__, Dyn().get(), Dyn.__module__, Dyn.__qualname__)
Sub = type("Sub", (Dyn,), {})
print(Sub().get(), Sub.__mro__[1].__name__)
print(type(5), type("s") is str, type(Dyn()) is Dyn)
for args in [(1, 2), ("a", 1, {}), ("a", (), 1), ("a", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
