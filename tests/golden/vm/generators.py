# Generators: send/throw/close, yield from, return values, finalisation, PEP 479.
def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield 3
    finally:
        print("finally")
    return "done"

g = gen()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(g.gi_frame, g.gi_running)

def inner():
    r = yield "i1"
    print("inner got", r)
    yield "i2"
    return 42

def outer():
    v = yield from inner()
    print("inner returned", v)
    yield "o"

o = outer()
print(next(o), o.send("s"), next(o))
print(list(outer()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
print(c.gi_frame)
c2 = closer()
next(c2)
del c2
print("after del")

def bad():
    raise StopIteration("x")
    yield
try:
    list(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))

def ignoring():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "no"
i = ignoring()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)

def running():
    g.send(None)
    yield
def reent():
    yield next(me)
me = reent()
try:
    next(me)
except ValueError as e:
    print(e)

def delegating_throw():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", e)
        yield "recovered"
d = delegating_throw()
next(d)
print(d.throw(KeyError("k")))
print(repr(gen())[:26], gen.__name__, gen().__qualname__)
ge = (x * x for x in range(4))
print(next(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
f = fib()
print([next(f) for _ in range(10)])
try:
    g3 = gen()
    g3.send(1)
except TypeError as e:
    print(e)
print(sum(i for i in range(10) if i % 2))
def yf_list():
    yield from [1, 2, 3]
    yield from (4, 5)
print(list(yf_list()))
