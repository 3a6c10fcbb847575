class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __invert__(self):
        return Vec(self.y, self.x)
    def __lshift__(self, n): return Vec(self.x << n, self.y << n)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(b))
print(a == Vec(1, 2), a != b, a == 5, bool(Vec(0, 0)), bool(a))
print(a @ b, b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), ~a, a << 2)
print(a & b, a | b, a ^ b)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    "x" * a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
try:
    a >> 1
except TypeError as e:
    print(e)
print(hash(a) if Vec.__hash__ else "unhashable", Vec.__hash__)
