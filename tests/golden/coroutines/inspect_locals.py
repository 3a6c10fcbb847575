# inspect: getcoroutinelocals/getgeneratorlocals, predicates on partials, methods and generator-based coroutines.
import inspect, types, functools
async def coro(a, b=2):
    x = a + b
    await types.coroutine(lambda: (yield))()
c = coro(1)
print(inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinelocals(c))
c.close()
print(inspect.getcoroutinelocals(c))
def gen(n):
    k = n * 2
    yield k
g = gen(3)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print(e)
@types.coroutine
def gcoro():
    yield
print(inspect.isawaitable(gcoro()), inspect.iscoroutine(gcoro()), inspect.isgenerator(gcoro()))
print(inspect.iscoroutinefunction(functools.partial(coro, 1)), inspect.iscoroutinefunction(functools.partial(functools.partial(coro), 1)))
class A:
    async def m(self): pass
    @staticmethod
    async def s(): pass
    @classmethod
    async def c(cls): pass
print(inspect.iscoroutinefunction(A.m), inspect.iscoroutinefunction(A().m), inspect.iscoroutinefunction(A.s), inspect.iscoroutinefunction(A.c))
async def agen(): yield
print(inspect.isasyncgenfunction(functools.partial(agen)), inspect.isasyncgen(agen()))
print(inspect.isgeneratorfunction(functools.partial(gen, 1)))
print(inspect.iscode(coro.__code__), inspect.isframe(c.cr_frame))
print(inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_ITERABLE_COROUTINE)
print(sorted(k for k in dir(inspect) if k.startswith("CORO_") or k.startswith("GEN_")))
