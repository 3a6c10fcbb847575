import inspect

def gen():
    print("running:", g.gi_running)
    yield 1
    yield 2

g = gen()
print(inspect.getgeneratorstate(g))
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
next(g)
print(inspect.getgeneratorstate(g))
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def returns():
    return 5
    yield
try:
    next(returns())
except StopIteration as e:
    print("value", e.value, e.args)
print(type(gen()).__name__, repr(gen()).startswith("<generator object gen at"))
