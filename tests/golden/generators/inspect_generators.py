# inspect on generators (state, locals), frame attributes of suspended generators, closures,
# and the generator type's method names and docstrings.
import inspect, sys, types
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
def gen(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d
g = gen(1)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g), g.gi_frame.f_lineno)
next(g)
print(inspect.getgeneratorlocals(g), g.gi_frame.f_lineno, g.gi_frame.f_code.co_firstlineno)
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
show(lambda: inspect.getgeneratorlocals(5))
def watcher():
    yield inspect.getgeneratorstate(w)
w = watcher()
print(next(w))
print(inspect.isgenerator(w), inspect.isgeneratorfunction(watcher), inspect.isfunction(watcher))
print(watcher.__code__.co_flags & inspect.CO_GENERATOR != 0)
print(inspect.getgeneratorstate((x for x in [])))
f = gen(5).gi_frame
print(f.f_globals is globals(), f.f_back, f.f_code.co_name, sorted(f.f_locals))
def cl():
    v = 10
    def inner():
        nonlocal v
        v += 1
        yield v
    return inner()
c = cl()
print(next(c), sorted(c.gi_frame.f_locals.items()), c.gi_code.co_freevars)
print(types.GeneratorType.__qualname__, types.GeneratorType.send.__qualname__, types.GeneratorType.send.__name__)
print(type(g.send).__name__, g.send.__self__ is g)
print(repr(types.GeneratorType.gi_frame)[:40])
print(types.GeneratorType.__doc__, types.GeneratorType.close.__doc__)
print(types.GeneratorType.send.__doc__)
print(types.GeneratorType.throw.__doc__)
