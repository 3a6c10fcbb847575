def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, /, y):
    return x + y
print(g(1, y=2))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
class C:
    def m(self, x):
        return x * 2
    @staticmethod
    def s(): return "s"
    @classmethod
    def k(cls): return cls.__name__
o = C()
print(o.m(4), C.s(), C.k(), o.k())
print(C.m.__qualname__)
for call in ['f()', 'f(1)', 'g(1, 2, 3)', 'g(x=1, y=2)', 'f(1, c=1, a=2)', 'o.m()', 'fact(1, 2)']:
    try:
        eval(call)
    except TypeError as e:
        print(e)
lam = lambda x, y=3: x * y
print(lam(2), lam(2, 5))
print([x * x for x in range(5)], {x: x for x in "ab"}, {x % 3 for x in range(10)})
print(sum(x for x in range(100)))
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def h(x): return x
print(h(5))
a, *b, c = range(6)
print(a, b, c)
x = [1, 2, 3]
x[1] = 20
del x[0]
print(x, x[-1], x[0:1])
d = {"a": 1}
d["b"] = 2
print(d, d.get("c"), "a" in d, "z" not in d)
print(f"{1+1} {'x'!r} {3.14159:.2f} {x}")
i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
print(i)
for i in range(3):
    pass
else:
    print("else", i)
print(not None, 1 if [] else 2, [] or "default", 0 and 1)
t = 1, 2
print(t, type(t).__name__)
print(globals()["fact"] is fact, sorted(k for k in locals() if k in ("a", "b")))
