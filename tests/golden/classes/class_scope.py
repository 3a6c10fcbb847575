x = "global"
class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def f(self):
        return x
    z = (lambda: x)()
print(C.y, C.items, C().f(), C.z)

def make():
    v = "closure"
    class K:
        w = v
        def get(self):
            return v
    return K
K = make()
print(K.w, K().get(), K.__qualname__)

class Counter:
    n = 0
    def inc(self):
        Counter.n += 1
        return Counter.n
c = Counter()
c.inc(); c.inc()
print(Counter.n)

class WithClassRef:
    def me(self):
        return __class__
print(WithClassRef().me() is WithClassRef)

class Annot:
    a: int = 1
    b: str
print(Annot.__annotations__, Annot.a)
