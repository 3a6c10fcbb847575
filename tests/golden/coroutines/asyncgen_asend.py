# Driving an async generator by hand with asend() and __anext__().
from _driver import run

async def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
        if received == "stop":
            return

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.__anext__())
    print(await g.asend("b"))
    try:
        await g.asend("stop")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("still exhausted")
    return "done"

print(run(main()))

async def counter():
    yield 1
    yield 2

g = counter()
aw = g.asend(None)
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as s:
    print("value via StopIteration", s.value)
aw2 = g.__anext__()
try:
    aw2.send(None)
except StopIteration as s:
    print("next", s.value)

g = counter()
try:
    g.asend("x").send(None)
except TypeError as e:
    print("TypeError:", e)
print(g.__aiter__() is g)
run(g.aclose())
