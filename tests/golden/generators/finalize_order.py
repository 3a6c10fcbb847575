# Finalisation order of dropped generators: nested generators, delegation, lists of generators,
# locals with __del__, and a generator that refers to itself.
import gc
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def inner():
    r = Res("inner-local")
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    r = Res("outer-local")
    it = inner()
    try:
        for x in it:
            yield x
    finally:
        print("outer finally")
o = outer()
next(o)
del o
print("--")
def delegating():
    r = Res("deleg-local")
    try:
        yield from inner()
    finally:
        print("delegating finally")
d = delegating()
next(d)
d = None
print("--")
def exc_in_finally():
    try:
        yield
    finally:
        print("exc_in_finally finally runs")
gens = [exc_in_finally() for _ in range(3)]
for g in gens: next(g)
del g
gens.reverse()
del gens
print("--")
def ret_gen():
    r = Res("returned")
    yield r
x = next(ret_gen())
print("got", x.n)
del x
print("--")
def with_cycle():
    me = yield
    try:
        yield
    finally:
        print("cycle finally")
c = with_cycle(); next(c); c.send(c)
del c
print("collect:", gc.collect() >= 0)
print("end")
