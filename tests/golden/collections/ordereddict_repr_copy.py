# OrderedDict: repr (with recursion), __reduce__, copy and deepcopy, __dict__.
import copy
from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", [1, 2])])
od.move_to_end("a")
print(repr(od), str(od), repr(OrderedDict()))
rec = OrderedDict(x=1)
rec["self"] = rec
rec["list"] = [rec]
print(rec)
inner = OrderedDict(k=rec)
print(inner)
print(repr(rec.keys()), repr(rec.values()), repr(OrderedDict().items()))
r = od.__reduce__()
print(r[0], r[1], r[2], r[3], list(r[4]))
it = iter(od)
print(it.__reduce__()[1], next(it), it.__reduce__()[1], next(it), it.__reduce__()[1])
print(list(iter(od)), list(it))
print(it.__reduce__()[1])
od.extra = "attr"
print(od.__dict__, od.__reduce__()[2], od.__getstate__())
od.__dict__ = {"replaced": True}
print(od.replaced, vars(od))
for c in (copy.copy(od), copy.deepcopy(od), od.copy()):
    print(type(c).__name__, c, c == od, c["b"] is od["b"], getattr(c, "replaced", None))
d = copy.deepcopy(rec)
print(d, d["self"] is d, d["list"][0] is d)
class Sub(OrderedDict):
    pass
s = Sub(z=1, y=2)
s.tag = "t"
print(repr(s), s.__reduce__()[:4], copy.deepcopy(s), copy.deepcopy(s).tag)
print(Sub(), Sub(a=Sub(b=1)))
print(repr(Sub(z=1).keys()), list(reversed(Sub(z=1, y=2).values())))
import weakref
w = weakref.ref(od)
print(w() is od)
del od
print(w())
