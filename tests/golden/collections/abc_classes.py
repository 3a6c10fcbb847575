# collections.abc: subclass hooks, registrations of the built-in types and mixin methods.
import collections.abc as abc
from collections import deque, OrderedDict, Counter, defaultdict

samples = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(3), memoryview(b""),
           {}.keys(), {}.items(), {}.values(), iter([]), (x for x in ()), len, deque(), OrderedDict(),
           Counter(), defaultdict()]
names = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Collection",
         "Callable", "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
         "MappingView", "KeysView", "ItemsView", "ValuesView", "ByteString", "Awaitable", "Coroutine",
         "AsyncIterable", "AsyncIterator", "AsyncGenerator"]
for name in names:
    cls = getattr(abc, name)
    print(name, [type(s).__name__ for s in samples if isinstance(s, cls)])

async def coro():
    pass
c = coro()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
async def agen():
    yield 1
print(isinstance(agen(), abc.AsyncGenerator), isinstance(agen(), abc.AsyncIterator))

class OnlyIter:
    def __iter__(self):
        return iter([])
class NotHashable:
    __hash__ = None
class Blocked(OnlyIter):
    __iter__ = None
print(issubclass(OnlyIter, abc.Iterable), issubclass(OnlyIter, abc.Iterator), issubclass(NotHashable, abc.Hashable),
      issubclass(Blocked, abc.Iterable), issubclass(list, abc.Reversible), issubclass(dict, abc.Reversible))

class MySeq(abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))
match s:
    case [1, *rest]:
        print("sequence pattern", rest)

class MyList(abc.MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
m = MyList()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
m.remove(3)
print(m.data, m.pop(), m.pop(0), m.data)
m.clear()
print(m.data)

class MyMap(abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mm = MyMap(a=1, b=2)
print(mm.get("a"), mm.get("z"), "a" in mm, list(mm.keys()), list(mm.items()), list(mm.values()))
print(mm == {"a": 1, "b": 2}, mm.keys() == {"a", "b"}, mm.keys() & {"a"}, mm.keys() | {"c"} == {"a", "b", "c"})
print(("a", 1) in mm.items(), 2 in mm.values(), repr(mm.keys())[:17], len(mm.items()))
match mm:
    case {"a": 1, **rest}:
        print("mapping pattern", rest)

class MyMutMap(abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mu = MyMutMap()
mu.update({"a": 1}, b=2)
mu.update([("c", 3)])
print(mu.d, mu.pop("a"), mu.pop("zz", None), mu.setdefault("d", 4), mu.popitem(), mu.d)
try:
    mu.pop("nope")
except KeyError as e:
    print("KeyError", e)
mu.clear()
print(mu.d)

class MySet(abc.Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]))
print(a.isdisjoint([7]), a._hash() == frozenset([1, 2, 3]).__hash__(), MySet()._hash() == hash(frozenset()))

try:
    abc.Sequence()
except TypeError as e:
    print("TypeError", e)
print(abc.Iterable[int], abc.Callable.__module__, abc.Sequence.__name__)
import collections
print(collections.abc is abc, abc.Set.__module__)
