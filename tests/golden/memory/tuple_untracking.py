# A collection untracks tuples that hold nothing the collector tracks, as
# CPython does; tuples holding containers stay tracked and cycles through
# them are still found.
import gc
a = (1, 2, "x")
b = ([], 1)
c = (a, 3)
d = (b,)
x = 5
e = (x, None, 2.5, (1, (2, 3)))
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(d), gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(d), gc.is_tracked(e))
t = tuple([1, 2])
l = []
u = (l,)
l.append(u)
del l, u
print(gc.collect() >= 2, gc.is_tracked(t))
f = (int, str)
g = (type("K", (), {}),)
gc.collect()
print(gc.is_tracked(f), gc.is_tracked(g))
