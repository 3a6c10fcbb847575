# Lifetimes: callbacks that drop other references, weak references to weak
# reference subclasses, classes, sets and generators, and many cyclic objects.
import weakref, gc
class A: pass
# callbacks deleting other refs
a = A()
refs = []
def cb(w):
    refs.clear()
for i in range(5):
    refs.append(weakref.ref(a, cb))
refs.append(weakref.proxy(a)); refs.append(weakref.ref(a))
del a
print(len(refs))
# callback that drops the ref itself
b = A()
holder = {}
def cb2(w):
    holder.clear()
holder['r'] = weakref.ref(b, cb2)
del b
# weakref subclass to weakref subclass
class R(weakref.ref): pass
c = A()
r = R(c)
rr = weakref.ref(r)
del r
print(rr())
# cycles of weakrefs and objects
for i in range(200):
    x = A(); x.r = weakref.ref(x, lambda w: None); x.p = weakref.proxy(x); x.self = x
    y = A(); y.cb = weakref.ref(x, lambda w, y=y: y)
gc.collect()
# class deallocation
class K: pass
wk = weakref.ref(K)
del K
gc.collect()
print(wk())
s = {1}; ws = weakref.ref(s); del s; print(ws())
def gen(): yield 1
g = gen(); wg = weakref.ref(g); del g; print(wg())
# weakref.ref on dying object during callback (getweakrefs on referent inside __del__)
class Fin:
    def __del__(self):
        print("del", weakref.getweakrefcount(self))
f = Fin(); wf = weakref.ref(f, lambda w: print("cb after del")); del f
ws = weakref.WeakSet()
objs = [A() for _ in range(50)]
for o in objs: ws.add(o)
for o in ws:
    objs.clear()
print(len(ws))
