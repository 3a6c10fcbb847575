# Coroutines, await, async for/with and async generators driven by hand.
class Yield:
    def __await__(self):
        value = yield "suspended"
        return value

async def add(a, b):
    got = await Yield()
    return a + b + got

async def main():
    total = await add(1, 2)
    return total * 10

def run(coro):
    value = None
    while True:
        try:
            out = coro.send(value)
            print("yielded", out)
            value = 100
        except StopIteration as e:
            return e.value

print(run(main()))

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "cm"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def agen(n):
    for i in range(n):
        yield i * 10
        await Yield()

async def use_all():
    out = []
    async for v in AIter(3):
        out.append(v)
    async with ACM() as cm:
        out.append(cm)
    async for v in agen(2):
        out.append(v)
    out.append([v async for v in agen(3)])
    return out

print(run(use_all()))

async def raises():
    raise ValueError("in coro")
try:
    run(raises())
except ValueError as e:
    print("caught", e)

c = add(1, 2)
print(type(c).__name__, c.cr_frame is not None, c.__qualname__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def ag2():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
a = ag2()
print(run(a.__anext__()))
print(run(a.aclose()))
async def awaits_twice():
    co = add(1, 1)
    await co
    await co
try:
    run(awaits_twice())
except RuntimeError as e:
    print(e)
async def bad_await():
    await 3
try:
    run(bad_await())
except TypeError as e:
    print(e)
