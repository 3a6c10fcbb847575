# OrderedDict subclasses: overridden __setitem__/__delitem__/__getitem__ are used
# by update, setdefault, pop, popitem, copy and the | operators, as in CPython.
from collections import OrderedDict

class Loud(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __contains__(self, key):
        print("contains", key)
        return super().__contains__(key)

s = Loud([(1, 2)], b=3)
s.update(c=4)
s.update({"d": 5})
print(s.setdefault("d", 50), s.setdefault("e", 6))
print(s.pop("c"), s.pop("zz", None))
print(s.popitem(), s.popitem(last=False))
print(s)
print(s.copy())
print(s | {"q": 1})
print({"q": 1} | s)
s |= {"r": 2}
print(type(s).__name__, s)
print(Loud.fromkeys("xy", 0))

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]

cache = LRU(3)
for k in "abcabdeab":
    cache[k] = cache[k] + 1 if k in cache else 1
    print(k, list(cache.items()))

class WithMissing(OrderedDict):
    def __missing__(self, key):
        return key * 2
w = WithMissing(a=1)
print(w["a"], w["zz"], w)

class Keys(OrderedDict):
    def keys(self):
        return ["only"]
print(dict(Keys(only=1, other=2)), Keys(only=1, other=2))

class Slotted(OrderedDict):
    __slots__ = ("x",)
sl = Slotted(a=1)
sl.x = 5
print(sl, sl.x, sl.__reduce__()[2])
