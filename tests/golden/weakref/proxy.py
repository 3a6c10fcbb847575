# weakref.proxy: attribute access, operators and containers forwarded to the
# referent; ReferenceError once it is gone; the proxy types.
import weakref
from _addr import noaddr


class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __sub__(self, o):
        return self.v - o
    def __mul__(self, o):
        return self.v * o
    def __neg__(self):
        return -self.v
    def __abs__(self):
        return abs(self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __lt__(self, o):
        return self.v < o
    def __eq__(self, o):
        return self.v == o
    def __bool__(self):
        return self.v != 0
    def __str__(self):
        return f"Num({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __call__(self, *a, **k):
        return (a, sorted(k.items()))
    def __len__(self):
        return 7
    def __iter__(self):
        return iter(range(3))
    def __getitem__(self, k):
        return ("item", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
    def __contains__(self, k):
        return k == 1
    def __bytes__(self):
        return b"num"
    def __reversed__(self):
        return iter("cba")
    __hash__ = None


n = Num(5)
p = weakref.proxy(n)
print(type(p).__name__, weakref.proxy(n) is p, weakref.getweakrefcount(n))
print(isinstance(p, weakref.ProxyTypes), weakref.ProxyTypes)
print((p + 1).v, (1 + p).v, p - 2, p * 3, -p, abs(p), int(p), float(p))
print([10, 20, 30, 40, 50, 60][p], p < 6, p == 5, p != 5, bool(p), str(p))
print(p(1, 2, k=3), len(p), list(p), p["a"], 1 in p, 2 in p, bytes(p))
p["k"] = 9
del p["k"]
p.attr = 4
print(n.attr, p.attr, p.v, p.__class__.__name__)
del p.attr
print(hasattr(n, "attr"))
p += 10
print(type(p).__name__, n.v)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)


class Plain:
    x = 1
    def __reversed__(self):
        return iter("cba")
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)


o = Plain()
po = weakref.proxy(o)
print(type(po).__name__, noaddr(repr(po)), po.x)
print(list(reversed(po)), divmod(po, 3), divmod(3, po))
try:
    abs(po)
except TypeError as e:
    print("TypeError", e)
try:
    po()
except TypeError as e:
    print("TypeError", e)
try:
    next(po)
except TypeError as e:
    print("TypeError", e)

calls = []
pc = weakref.proxy(o, lambda w: calls.append(type(w).__name__))
print(pc is po, weakref.getweakrefcount(o))
del o
print(calls)
for action in (lambda: po.x, lambda: str(po), lambda: po + 1, lambda: len(po), lambda: bool(po)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError", e)
print(noaddr(repr(po)).startswith("<weakproxy at ADDR to NoneType"))

try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.proxy(Plain(), callback=None)
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError", e)

# isinstance sees the referent's class through the proxy's __class__.
alive = Plain()
pa = weakref.proxy(alive)
print(isinstance(pa, Plain), isinstance(pa, weakref.ProxyType), isinstance(pa, int), isinstance(p, Num))
