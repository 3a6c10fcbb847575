# @contextmanager protocol errors: didn't yield, didn't stop, StopIteration handling.
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield "again"

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with yields_after_throw():
        raise ValueError("v")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("user stop")
except StopIteration as e:
    print("StopIteration kept:", e)

@contextmanager
def raises_stop_on_throw():
    try:
        yield
    except Exception:
        raise StopIteration("generator stop")

try:
    with raises_stop_on_throw():
        raise ValueError("x")
except BaseException as e:
    print(type(e).__name__, e)

@contextmanager
def wraps_stop_with_cause():
    yield

try:
    with wraps_stop_with_cause():
        exc = StopIteration("chained")
        raise exc
except StopIteration as e:
    print("same StopIteration:", e is exc)

@contextmanager
def stop_after():
    yield
    print("cleanup, then the with raises nothing")
with stop_after():
    pass
cm = passthrough()
cm.__enter__()
print("exit on stopped generator:", cm.__exit__(None, None, None))
try:
    cm.__enter__()
except (AttributeError, RuntimeError) as e:
    print(type(e).__name__, e)
