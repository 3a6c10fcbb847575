class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("calc_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.calc_abc, getattr(l, "missing", "default"), hasattr(l, "calc_x"), hasattr(l, "zzz"))
try:
    l.zzz
except AttributeError as e:
    print(e)

class Spy:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if name == "secret":
            return "shh"
        return super().__getattribute__(name)
s = Spy()
print(s.x, s.secret)
try:
    s.nope
except AttributeError as e:
    print(e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.boom, b.other)

class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
g = Guard()
g.name = "abc"
print(g.name)
try:
    g._x = 1
except AttributeError as e:
    print(e)
del g.name
print(hasattr(g, "name"))
try:
    del g.name
except AttributeError as e:
    print("AttributeError:", e)

class Dyn: pass
Dyn.__getattr__ = lambda self, n: "late " + n
print(Dyn().anything)
del Dyn.__getattr__
try:
    Dyn().anything
except AttributeError as e:
    print(e)
