# OrderedDict: weak references, cycles collected, keys and values released
# when the OrderedDict goes, and growth with interleaved deletions.
import gc
import weakref
from collections import OrderedDict

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

released = []
def make():
    od = OrderedDict()
    for i in range(5):
        key = Obj(f"k{i}")
        od[key] = Obj(f"v{i}")
        weakref.finalize(key, released.append, f"k{i}")
    return od
od = make()
od.move_to_end(next(iter(od)))
print(list(od), len(released))
od.popitem(last=False)
print(released)
del od
print(sorted(released))

cycle = OrderedDict()
cycle["me"] = cycle
cycle.extra = cycle
ref = weakref.ref(cycle)
del cycle
gc.collect()
print(ref())

od = OrderedDict()
for round_ in range(6):
    for i in range(round_ * 50, round_ * 50 + 80):
        od[i] = round_
    for i in list(od)[::2]:
        del od[i]
    od.move_to_end(next(iter(od)))
print(len(od), list(od)[:8], list(od)[-4:], sum(od.values()))
print(list(reversed(od))[:5], od.popitem(), od.popitem(False))
