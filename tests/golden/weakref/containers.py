# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries leave when their
# weakly held part dies, also during iteration.
import gc
import weakref
from _addr import noaddr


class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"


objs = [Obj(i) for i in range(6)]

d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), sorted(v.n for v in d.values()))
print(d[2], d.get(3), d.get(99, "dflt"), 4 in d, 99 in d)
print(noaddr(repr(d)))
del objs[0]
print(len(d), 0 in d, sorted(d))
try:
    d[0]
except KeyError as e:
    print("KeyError", e)
print(d.pop(1), len(d), d.pop(1, "gone"))
try:
    d.pop(1)
except KeyError as e:
    print("KeyError", e)
print(d.setdefault(2, None), d.setdefault(100, objs[-1]), d[100])
c = d.copy()
print(type(c).__name__, sorted(c.items()))
print(len(d.valuerefs()), all(isinstance(r, weakref.KeyedRef) for r in d.itervaluerefs()))
print(sorted(k for k, r in d.data.items() if r.key == k))
it = d.items()
first = next(it)
objs.clear()
print("mid-iteration", len(list(it)) >= 0)
gc.collect()
print(len(d), list(d.items()))
d2 = weakref.WeakValueDictionary({"a": Obj(1)}, b=Obj(2))
print(len(d2))
keep = Obj(9)
d3 = weakref.WeakValueDictionary(x=keep)
print(d3 == {"x": keep}, d3 == {"x": Obj(9)}, dict(d3 | {"y": keep}) == {"x": keep, "y": keep})
print(d3.popitem(), len(d3))
d3["z"] = keep
del d3["z"]
print(len(d3))

# WeakKeyDictionary
keys = [Obj(i) for i in range(4)]
k = weakref.WeakKeyDictionary()
for key in keys:
    k[key] = key.n * 10
print(len(k), sorted(k.values()), sorted(x.n for x in k.keys()), k[keys[1]], keys[2] in k, 5 in k)
print(k.get(keys[3]), k.get(Obj(7), "none"), noaddr(repr(k)))
del keys[0]
print(len(k), sorted(v for _, v in k.items()))
print(k.pop(keys[0]), len(k), k.setdefault(keys[0], "new"), k[keys[0]])
del k[keys[0]]
print(len(k), len(k.keyrefs()))
kc = k.copy()
print(sorted(kc.values()))
try:
    k[Obj(0)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
for key in k.keys():
    keys.clear()
gc.collect()
print(len(k), list(k.items()))
k2 = weakref.WeakKeyDictionary({keep: 1})
k2.update([(keep, 2)])
print(list(k2.values()), k2.popitem()[1], len(k2))

# WeakSet
items = [Obj(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, Obj(0) in s, 3 in s, sorted(x.n for x in s))
del items[0]
print(len(s))
s.add(items[0])
s.discard(items[1])
s.remove(items[2])
try:
    s.remove(items[2])
except KeyError:
    print("KeyError")
print(sorted(x.n for x in s))
t = weakref.WeakSet(items[1:])
print(sorted(x.n for x in s | t), sorted(x.n for x in s & t), sorted(x.n for x in s - t), sorted(x.n for x in s ^ t))
print(s <= t, s >= weakref.WeakSet(), s == weakref.WeakSet(list(s)), s.isdisjoint(weakref.WeakSet()))
for x in s:
    items.clear()
gc.collect()
print(len(s), list(s) == [x])
del x
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
print(weakref.WeakSet.__hash__, repr(weakref.WeakSet()))
print(weakref.WeakSet[int], weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[int, str])

# They are mutable mappings and sets for the ABCs.
import collections.abc
print(isinstance(d, collections.abc.MutableMapping), isinstance(k, collections.abc.MutableMapping),
      isinstance(s, collections.abc.MutableSet))
vd = weakref.WeakValueDictionary(a=keep, b=keep)
vd.clear()
print(len(vd), vd == {}, vd != {"a": keep}, list(reversed(sorted(weakref.WeakKeyDictionary({keep: 1}).values()))))
