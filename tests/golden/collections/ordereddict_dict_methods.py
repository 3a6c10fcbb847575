# OrderedDict changed through dict's own methods (behind its back): the
# OrderedDict notices rather than trusting a stale order, as CPython's does.
from collections import OrderedDict as OD
import gc

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

od = OD(a=1, b=2)
dict.__setitem__(od, "x", 1)
print(list(od), len(od), "x" in od, od["x"])
attempt("repr", lambda: repr(od))
attempt("move x", lambda: od.move_to_end("x"))
od["x"] = 5
print(list(od), od)
od = OD(a=1, b=2)
dict.__delitem__(od, "a")
attempt("list", lambda: list(od))
attempt("repr", lambda: repr(od))
attempt("pop b", lambda: od.pop("b"))
attempt("len", lambda: len(od))
od = OD(a=1, b=2, c=3)
dict.update(od, {"b": 20})
print(od)
od.move_to_end("a")
print(dict.copy(od), od.copy())
# many keys, with the dict growing while an OrderedDict moves keys around
od = OD()
for i in range(200):
    od[str(i)] = i
    if i % 3 == 0:
        od.move_to_end(str(i // 2), last=False)
print(list(od)[:12], len(od))
# cycles through values and keys are collected
class Key:
    def __init__(self, od):
        self.od = od
    def __hash__(self):
        return 7
for _ in range(3):
    o = OD()
    o[Key(o)] = o
    o.self = o
    del o
print(gc.collect() >= 3)
