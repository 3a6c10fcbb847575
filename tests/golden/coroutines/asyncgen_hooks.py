# sys.set_asyncgen_hooks: firstiter on first iteration, finalizer for dropped unfinished generators.
import sys

print(sys.get_asyncgen_hooks())
events = []

def firstiter(agen):
    events.append(("firstiter", agen.__name__))

def finalizer(agen):
    events.append(("finalizer", agen.__name__))
    try:
        agen.aclose().send(None)
    except StopIteration:
        events.append(("closed by finalizer", agen.__name__))

async def ticker():
    try:
        yield 1
        yield 2
    finally:
        events.append(("ticker finally",))

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks[1] is finalizer, len(hooks))

g = ticker()
print("created:", events)
try:
    g.asend(None).send(None)
except StopIteration as s:
    print("yielded", s.value)
del g
print(events)

events.clear()
g = ticker()
g.__anext__()
g.__anext__()
print("firstiter once:", events)
del g

sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer)
for bad in [dict(firstiter=5), dict(finalizer="x")]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
