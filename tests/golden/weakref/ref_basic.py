# weakref.ref: identity of the basic ref, callbacks (newest first), hash,
# equality, repr, subclassing and the errors of bad arguments.
import weakref
from _addr import noaddr


class Foo:
    pass


a = Foo()
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.ref(a, None) is r)
print(type(r), type(r).__name__, weakref.ReferenceType is weakref.ref)
print(noaddr(repr(r)))
print(r.__callback__)

log = []
def make_cb(name):
    def cb(wr):
        log.append((name, wr() is None, type(wr).__name__))
    return cb

r1 = weakref.ref(a, make_cb("first"))
r2 = weakref.ref(a, make_cb("second"))
r3 = weakref.ref(a, make_cb("third"))
p = weakref.proxy(a)
print(weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print([x is r for x in refs], [x is p for x in refs], refs.index(r3) < refs.index(r1))
print(r1 == r2, r1 == r, r1 != r2, r1 == 1, r1 != 1)
h = hash(r1)
print(h == hash(a), hash(r2) == h)
print(r1.__callback__.__name__)
del a
print(log)
print(r(), r1(), r1.__callback__, noaddr(repr(r1)))
print(hash(r1) == h)
try:
    hash(r2) == h
    print("r2 hashed before")
except TypeError as e:
    print("TypeError", e)
try:
    hash(r3)
except TypeError as e:
    print("TypeError", e)
print(r1 == r2, r1 == r1, r1 != r2)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))

# Equality compares referents while both live.
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    __hash__ = object.__hash__

x, y = Eq(1), Eq(1)
rx, ry = weakref.ref(x), weakref.ref(y)
print(rx == ry, rx != ry)
del x
print(rx == ry, rx != ry)


def f():
    pass


print(noaddr(repr(weakref.ref(f))))
print(weakref.ref(f)() is f, weakref.ref(Foo)() is Foo, weakref.ref(int)() is int)
s = {1, 2}
fs = frozenset(s)
print(weakref.ref(s)() is s, weakref.ref(fs)() is fs)

def gen():
    yield 1
g = gen()
print(weakref.ref(g)() is g)

for bad in (1, "x", [], {}, (), None, 1.5, r):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)

class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError", e)
sw = SlottedWeak()
print(sw.__weakref__, weakref.ref(sw)() is sw, sw.__weakref__ is weakref.ref(sw))
print(Foo().__weakref__)
e = Foo()
re1 = weakref.ref(e, lambda w: print("e died"))
print(e.__weakref__ is re1)
del e

for args in [(), (Foo(), None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    weakref.ref(Foo(), callback=None)
except TypeError as e:
    print("TypeError", e)
try:
    r()
    r(1)
except TypeError as e:
    print("TypeError", e)
try:
    r < r
except TypeError as e:
    print("TypeError", e)


# Subclasses get their own instances and may carry attributes.
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.extra = extra


b = Foo()
m1 = MyRef(b, tag=1)
m2 = MyRef(b)
print(m1 is m2, m1() is b, m1.extra, m2.extra, isinstance(m1, weakref.ref))
print(weakref.getweakrefcount(b), m1 == m2, hash(m1) == hash(b))
print(weakref.ref(b) is m1)
del b
print(m1(), m2())

# A callback that dies before the referent is never called.
c = Foo()
rc = weakref.ref(c, lambda w: print("never"))
del rc
del c
print("done")
