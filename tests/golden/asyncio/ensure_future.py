# ensure_future with coroutines, futures, awaitables and bad values
import asyncio

class Awaitable:
    def __await__(self):
        return (yield from asyncio.sleep(0, "custom").__await__())

async def coro():
    return "coro"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    f.cancel()
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(coro))
    c = coro()
    print(asyncio.iscoroutine(c))
    c.close()

asyncio.run(main())
