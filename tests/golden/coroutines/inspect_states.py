# inspect.getcoroutinestate / getgeneratorstate through a coroutine's life.
import inspect

class Pause:
    def __await__(self):
        yield

async def coro():
    print("inside:", inspect.getcoroutinestate(c))
    await Pause()

c = coro()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))
c2 = coro()
c2.close()
print(inspect.getcoroutinestate(c2))

def gen():
    print("inside:", inspect.getgeneratorstate(g))
    yield
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
print(inspect.GEN_CREATED, inspect.GEN_CLOSED)
async def agen():
    yield
a = agen()
print(inspect.isasyncgen(a), inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(coro))
print(inspect.iscoroutine(a), inspect.isawaitable(a), inspect.isawaitable(a.asend(None)))
print(inspect.iscoroutinefunction(lambda: None), inspect.iscoroutinefunction(inspect))
try:
    inspect.getcoroutinestate(5)
except AttributeError as e:
    print("AttributeError")
