class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        r = Acc(); r.items = self.items + [x]; return r
    def __repr__(self): return f"Acc({self.items})"

a = Acc()
b = a
a += 1
a += 2
print(a, a is b)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

class Ops:
    def __init__(self, v): self.v = v
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
o = Ops(10)
o -= 3; print(o.v)
o *= 4; print(o.v)
o //= 3; print(o.v)
o %= 5; print(o.v)
o **= 3; print(o.v)
o <<= 2; print(o.v)
o >>= 1; print(o.v)
o &= 6; print(o.v)
o |= 9; print(o.v)
o ^= 3; print(o.v)
o /= 4; print(o.v)
z = 5
try:
    z += "a"
except TypeError as e:
    print(e)
l = [1]
l += (2, 3)
print(l)
