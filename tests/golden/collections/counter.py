# Counter: counting, most_common order, arithmetic, comparisons and repr.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update("aaz")
c.update({"b": 5, "new": 1})
c.update(x=3)
print(c)
c.subtract("aaaaaaaaaaaa")
c.subtract({"b": 1}, )
c.subtract(x=10)
print(c)
del c["not there"]
del c["z"]
print("z" in c, c.get("z"))
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=-1)
print(a + b, a - b, a | b, a & b)
print(+a, -a, +Counter(), -Counter())
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0),
      Counter(a=2) > Counter(a=2))
x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=5)
print(x)
x |= Counter(b=7, q=-1)
print(x)
x &= Counter(b=2)
print(x)
print(Counter(), Counter([]), Counter({"k": "v"}), Counter(dict(b=1, a=1)))
cc = Counter(z=1, y=2)
print(cc.copy(), type(cc.copy()).__name__, dict(cc))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
try:
    Counter(a=1) < {"a": 2}
except TypeError as e:
    print("TypeError", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError", e)

class Tally(Counter):
    pass
t = Tally("hello")
print(t, t + t, type(t + t).__name__, t.most_common(1))
print(Counter(["b", "a", "c", "a", "b"]).most_common())
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))

# counting through an overridden __setitem__ / get, and unhashable elements
class Logged(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
print(Logged("aba"))
class Doubling(Counter):
    def get(self, key, default=None):
        return 2 * super().get(key, default)
print(Doubling("xxx"))
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError", e)
c = Counter("ab")
c.update(iter("bcc"))
c.update(k for k in "zz")
print(c, Counter(range(5)), Counter((1, 1.0, True)))
