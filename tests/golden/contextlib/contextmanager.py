from contextlib import contextmanager, ContextDecorator

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", repr(e))

with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("passed through", repr(e))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e
try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(repr(e), "cause:", repr(e.__cause__))

@tag("decorated")
def work(x):
    print("working", x)
    return x * 2
print(work(21), work.__name__)

class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False

@Timer()
def timed():
    print("timed body")
timed()
with Timer():
    print("as with")

@contextmanager
def stop_iteration_inside():
    yield
try:
    with stop_iteration_inside():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagated:", e)
print(tag.__name__, tag("x").__doc__ is None or True)
