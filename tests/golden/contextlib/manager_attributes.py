# Generator-based managers' attributes (doc, func/args/kwds) and decorators applied to generator and coroutine functions.
from contextlib import contextmanager, asynccontextmanager, ContextDecorator, AsyncContextDecorator
@contextmanager
def documented(x):
    """Yields x doubled."""
    yield x * 2
print(documented.__doc__, documented.__name__, documented.__wrapped__.__name__)
cm = documented(2)
print(cm.__doc__, type(cm).__name__, type(cm).__module__)
print(cm.func is documented.__wrapped__, cm.args, cm.kwds)
with cm as v:
    print(v, hasattr(cm, "args"))
@asynccontextmanager
async def adoc():
    """Async doc."""
    yield
acm = adoc()
print(acm.__doc__, type(acm).__name__)
class Traced(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
@Traced()
def gen():
    print("generator body")
    yield 1
g = gen()
print("created")
print(list(g))
class ATraced(AsyncContextDecorator):
    async def __aenter__(self): print("aenter"); return self
    async def __aexit__(self, *a): print("aexit"); return False
@ATraced()
async def coro():
    print("in coro")
    return 5
try:
    coro().send(None)
except StopIteration as s:
    print("result", s.value)
print(Traced.__call__.__name__, coro.__name__, coro.__wrapped__.__name__)
