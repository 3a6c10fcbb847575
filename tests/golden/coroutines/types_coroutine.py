# types.coroutine turns generators into awaitables.
import types
import inspect

@types.coroutine
def sleep(n):
    got = yield ("sleep", n)
    return got

async def main():
    a = await sleep(1)
    b = await sleep(2)
    return a, b

c = main()
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as s:
    print(s.value)

print(inspect.isgeneratorfunction(sleep), inspect.iscoroutinefunction(sleep))
print(inspect.isawaitable(sleep(0)), inspect.iscoroutine(sleep(0)))
print(sleep.__name__, bool(sleep.__code__.co_flags & 0x100))

def plain():
    return iter([1, 2])
wrapped = types.coroutine(plain)
print(wrapped is not plain)

try:
    types.coroutine(5)
except TypeError as e:
    print(e)

@types.coroutine
def delegate():
    r = yield from main()
    return r

g = delegate()
print(g.send(None))
print(g.send(10))
try:
    g.send(20)
except StopIteration as s:
    print("delegate", s.value)

def ordinary():
    yield 1
async def await_ordinary():
    await ordinary()
try:
    await_ordinary().send(None)
except TypeError as e:
    print(e)
