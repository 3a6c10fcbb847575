# A suspended generator runs its finally blocks as soon as its last reference goes.
def tracked(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")

g = tracked("a")
next(g)
print("dropping a")
del g
print("after a")

g = tracked("b")
next(g)
g = tracked("c")
print("rebound to c (not started)")
next(g)
g = None
print("after c")

def use_in_function():
    local = tracked("d")
    next(local)
    print("returning from function")

use_in_function()
print("after function")

items = [tracked("e"), tracked("f")]
for it in items:
    next(it)
items.clear()
print("after clear")

for v in tracked("g"):
    print("loop got", v)
    break
print("after break")

def nested():
    try:
        yield from tracked("h")
    finally:
        print("nested finally")

n = nested()
next(n)
del n
print("after nested")

unstarted = tracked("i")
del unstarted
print("unstarted dropped without output")

finished = tracked("j")
print(list(finished))
del finished
print("end")
