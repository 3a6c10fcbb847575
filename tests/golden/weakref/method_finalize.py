# WeakMethod and finalize: method references that die with the instance or
# the function; finalizers called by death, by hand, or at exit (newest first).
import gc
import weakref
from _addr import noaddr


class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n


c = C(3)
wm = weakref.WeakMethod(c.get)
print(wm()(), wm() == c.get, isinstance(wm, weakref.ref), type(wm).__name__)
wm2 = weakref.WeakMethod(c.get, lambda r: print("method died", r is wm2, r()))
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(C.get)
except TypeError as e:
    print("TypeError", e)
del c
print(wm(), wm == wm2, wm == wm)

# The method's function dying kills the reference too.
class D:
    pass


def method(self):
    return "m"


D.m = method
d = D()
wd = weakref.WeakMethod(d.m, lambda r: print("function died"))
del D.m, method
gc.collect()
print(wd())

# finalize
class Res:
    def __init__(self, name):
        self.name = name


def report(*args, **kwargs):
    print("finalized", args, sorted(kwargs.items()))
    return "result"


r = Res("a")
f = weakref.finalize(r, report, "a", key=1)
print(f.alive, f.atexit, noaddr(repr(f)))
print(f.peek()[1:] == (report, ("a",), {"key": 1}), f.peek()[0] is r)
del r
print(f.alive, f(), f.peek(), f.detach(), noaddr(repr(f)))

r2 = Res("b")
f2 = weakref.finalize(r2, report, "b")
print(f2(), f2.alive, f2())
del r2

r3 = Res("c")
f3 = weakref.finalize(r3, report, "c")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is report, args, kwargs, f3.alive, f3.detach())
del obj, r3

cycle = Res("cycle")
cycle.me = cycle
weakref.finalize(cycle, report, "cycle")
del cycle
gc.collect()

# Still alive at exit: run then, newest first, unless atexit was turned off.
keep1 = Res("k1")
keep2 = Res("k2")
keep3 = Res("k3")
weakref.finalize(keep1, report, "exit 1")
weakref.finalize(keep2, report, "exit 2")
f_off = weakref.finalize(keep3, report, "never")
f_off.atexit = False
print(f_off.atexit)


weakref.finalize(Res("tmp"), print, "died at once")
print("end of program")
