# operator's arithmetic functions and their in-place forms, on built-in
# types and on a class defining the dunders.
import operator as op

pairs = [(7, 3), (7.5, 2), (-7, 2), (2, 100), ([1], [2]), ("ab", 3), ({1, 2}, {2, 3}), (True, 5)]
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]
for a, b in pairs:
    row = []
    for name in names:
        try:
            row.append(repr(getattr(op, name)(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), repr(b), " ".join(row))

print(op.neg(5), op.pos(-2.5), op.inv(5), op.invert(0), op.abs(-3), op.abs(-2.5), op.abs(3 + 4j))
print(op.matmul.__name__, op.index(True), op.index(2**70))

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __matmul__(self, other):
        return Num(("@", self.v, other))
    def __rmatmul__(self, other):
        return Num(("r@", other, self.v))
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return Num(self.v + other)
    def __neg__(self):
        return Num(-self.v)
    def __index__(self):
        return self.v

n = Num(3)
print(op.matmul(n, 2), op.matmul(2, n), op.neg(n), op.add(n, 1), op.index(n))
m = op.iadd(n, 10)
print(m is n, n)

x = [1]
y = op.iadd(x, [2])
print(y is x, x)
t = (1,)
u = op.iadd(t, (2,))
print(u is t, t, u)
s = "ab"
print(op.imul(s, 2), op.isub(5, 2), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 5))
print(op.ilshift(1, 4), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
st = {1, 2}
print(op.iand(st, {2}) is st, st, op.ior(st, {5}), op.ixor(st, {5}), op.isub(st, {2}))
try:
    op.imatmul(1, 2)
except TypeError as e:
    print(e)
print(op.imatmul(n, 1))
