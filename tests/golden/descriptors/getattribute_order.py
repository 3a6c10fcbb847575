log = []
class D:
    def __get__(self, obj, owner):
        log.append("data get")
        return "data"
    def __set__(self, obj, v):
        log.append("data set")
class N:
    def __get__(self, obj, owner):
        log.append("nondata get")
        return "nondata"
class C:
    d = D()
    n = N()
    plain = "class attr"
c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(c.d, c.n, c.plain)
print(C.d, C.n, C.plain)
c.d = 1
c.n = 2
print(c.__dict__["n"], log)
print(object.__getattribute__(c, "plain"), type(c).__getattribute__(c, "n"))
try:
    object.__getattribute__(c, 5)
except TypeError as e:
    print(e)
print(getattr(c, "missing", None), hasattr(c, "d"))
object.__setattr__(c, "q", 3)
print(c.q)
object.__delattr__(c, "q")
print(hasattr(c, "q"))
