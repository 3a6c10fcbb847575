# A threading.local's per-thread dictionaries go away with the local, and a
# thread's go away with the thread.
import gc
import threading
import weakref

class Payload:
    pass

loc = threading.local()
refs = []
def fill():
    p = Payload()
    refs.append(weakref.ref(p))
    loc.p = p
t = threading.Thread(target=fill); t.start(); t.join()
gc.collect()
print([r() is None for r in refs])

loc2 = threading.local()
p = Payload()
loc2.p = p
r = weakref.ref(p)
del p
print(r() is None)
del loc2
gc.collect()
print(r() is None)

keep = threading.local()
ready = threading.Event()
stop = threading.Event()
def hold():
    keep.p = Payload()
    refs.append(weakref.ref(keep.p))
    ready.set()
    stop.wait()
t = threading.Thread(target=hold); t.start()
ready.wait()
print(refs[-1]() is None)
stop.set(); t.join()
gc.collect()
print(refs[-1]() is None)
