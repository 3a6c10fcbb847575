class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("out of range")
        return i * i

s = Seq(5)
print(len(s), s[2], s[-1], s[1:3], list(s), 9 in s, 10 in s)
for x in Seq(3):
    print("item", x)
print(bool(Seq(0)), bool(Seq(2)))

class Box:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
b = Box()
b["x"] = 1
b["y2"] = "two"
print(b["x"], "x" in b, "y" in b, list(b))
del b["x"]
print(list(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError", e)

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))

class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
