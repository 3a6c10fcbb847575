import inspect
import functools

def plain():
    return 1

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

class Awaitable:
    def __await__(self):
        yield

class K:
    async def method(self):
        pass

for f in [plain, gen, coro, agen, K().method, functools.partial(coro), len, Awaitable]:
    print(getattr(f, "__name__", type(f).__name__), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f),
          inspect.isasyncgenfunction(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isbuiltin(f))
c = coro()
g = gen()
a = agen()
print(inspect.iscoroutine(c), inspect.isgenerator(g), inspect.isasyncgen(a), inspect.isawaitable(c),
      inspect.isawaitable(g), inspect.isawaitable(Awaitable()), inspect.isawaitable(5))
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.cleandoc("""  First line
        indented body
          more
    """))
print(inspect.getdoc(plain), inspect.unwrap(functools.wraps(plain)(lambda: 0)) is plain)
print([name for name, _ in inspect.getmembers(K, inspect.isfunction)], inspect.isclass(K), inspect.ismodule(inspect))
