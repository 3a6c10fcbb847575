class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[Idx(3)], l[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [0] * Idx(2))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", operator_index := __import__("operator").index(Idx(9)))
class Conv:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return "rounded"
    def __trunc__(self): return 3
    def __abs__(self): return "abs"
c = Conv()
print(int(c), float(c), complex(c), round(c), round(c, 2), abs(c))
try:
    l[Conv()]
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return "x"
try:
    l[BadIndex()]
except TypeError as e:
    print(e)
class DivMod:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(DivMod(), 3), divmod(3, DivMod()))
class P:
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __rpow__(self, b, m=None): return ("rpow", b, m)
print(P() ** 2, 2 ** P(), pow(P(), 2, 3))
try:
    pow(2, P(), 3)
except TypeError as e:
    print(e)
class F(float):
    def __add__(self, o): return "F.add"
print(1.0 + F(2), F(2) + 1.0, 1 + F(2))
