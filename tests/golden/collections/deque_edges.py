# deque: mutation inside comparisons, index bounds, huge arguments, __reduce__ and self-references.
from collections import deque
class Evil:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
for op in ["remove", "index", "contains", "count"]:
    d = deque()
    d.extend([Evil(d), Evil(d)])
    try:
        if op == "contains": print(5 in d)
        else: print(getattr(d, op)(5))
    except Exception as e:
        print(op, type(e).__name__, e)
d = deque(range(10))
print(d.index(5, -6, -1), d.index(9, -100, 100))
for bad in [lambda: deque(maxlen=3.0), lambda: d.rotate(2**70), lambda: d[2**70], lambda: d.insert(2**70, 1), lambda: deque([1]) * (2**70), lambda: d.index(1, 2**70)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
d.rotate(2**62)
print(d)
class Idx:
    def __index__(self): return 2
print(d[Idx()])
d2 = deque([1,2,3])
for x in d2:
    d2[0] = 9
print(d2)
print(deque([1,2]) == deque([1,2], maxlen=5), deque("abc") > deque("abd"))
d3 = deque()
d3.append(d3)
d3.appendleft(d3)
print(d3, len(d3))
e = deque([1,2,3])
it = iter(e)
next(it)
e.rotate(1)
try: next(it)
except RuntimeError as ex: print(ex)
e.reverse()
print(e, list(iter(e)))
print(deque.__doc__[:20], deque.maxlen.__doc__)
r = deque([1], 3).__reduce__(); print(r[:3], list(r[3]), deque().__reduce__()[:3])
class S(deque): pass
s = S([2]); s.attr = 1; print(s.__reduce__()[:3])
