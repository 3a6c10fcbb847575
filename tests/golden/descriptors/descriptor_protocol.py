class Verbose:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        print(f"get {self.name} obj={type(obj).__name__} owner={owner.__name__}")
        return self if obj is None else obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        print(f"set {self.name}={value}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print(f"delete {self.name}")
        obj.__dict__.pop(self.name, None)

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class C:
    a = Verbose("a")
    b = NonData()
c = C()
print(c.a)
c.a = 5
print(c.a)
del c.a
print(C.a.name)
print(c.b)
c.__dict__["b"] = "instance wins"
print(c.b)
c.__dict__["a"] = "instance loses"
print(c.a)

class Desc:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__ if owner else None)
d = Desc()
class K:
    x = d
print(K.x, K().x[1])
print(d.__get__(None, K), d.__get__(1)[2] if False else "ok")
f = lambda self: self
class M:
    meth = f
m = M()
print(M.meth is f, m.meth() is m, f.__get__(m)() is m, f.__get__(None, M) is f)
