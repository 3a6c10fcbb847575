# with blocks inside generators: exit runs on exhaustion, close() and throw().
from _log import Logged

def gen(name):
    with Logged(name):
        yield 1
        yield 2
    print(name, "after with")

print(list(gen("exhaust")))

g = gen("closed")
next(g)
g.close()

g = gen("thrown")
next(g)
try:
    g.throw(ValueError("into gen"))
except ValueError as e:
    print("propagated", e)

def suppressing():
    with Logged("sup", suppress=True):
        yield "a"
    yield "after suppressed"

g = suppressing()
print(next(g))
print(g.throw(KeyError("k")))

g = gen("dropped")
next(g)
del g
print("dropped generator")
