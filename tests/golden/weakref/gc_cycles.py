# The cycle collector and weak references: references to garbage are cleared
# before finalisers run, callbacks of live references run, and references that
# are garbage themselves never call back.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


log = []

a = Node("a")
b = Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda w: log.append(("a died", w() is None)))
rb = weakref.ref(b, lambda w: log.append(("b died", w() is None)))
del a, b
print(ra() is not None, log)
gc.collect()
print(sorted(log), ra(), rb())

# A weak reference that lives inside the garbage does not call back.
log.clear()
c = Node("c")
c.other = c
c.self_ref = weakref.ref(c, lambda w: log.append("self ref called"))
outside = weakref.ref(c, lambda w: log.append("outside called"))
del c
gc.collect()
print(log, outside())


# __del__ sees weak references to its object already cleared.
class Fin:
    def __del__(self):
        print("__del__: ref alive?", seen[0]() is not None)


f = Fin()
f.me = f
seen = [weakref.ref(f)]
del f
gc.collect()

# Without a cycle, __del__ runs first and the reference is still alive.
g = Fin()
seen = [weakref.ref(g)]
del g


# Callback order at collection: weakref callbacks before finalisers.
class Loud:
    def __del__(self):
        log.append("finaliser")


log.clear()
x = Loud()
x.cycle = x
wx = weakref.ref(x, lambda w: log.append("callback"))
del x
gc.collect()
print(log)

# A callback may create new objects and collect again safely.
def nested(w):
    y = Node("y")
    y.other = y
    del y
    gc.collect()
    log.append("nested done")


log.clear()
z = Node("z")
z.other = z
wz = weakref.ref(z, nested)
del z
gc.collect()
print(log)

# WeakValueDictionary entries of cyclic garbage go away.
d = weakref.WeakValueDictionary()
for i in range(5):
    n = Node(i)
    n.other = n
    d[i] = n
del n
print(len(d))
gc.collect()
print(len(d), list(d.keys()))
