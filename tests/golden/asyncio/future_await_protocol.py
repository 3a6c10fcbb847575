# Futures driven by hand: __await__, _asyncio_future_blocking, isfuture, wrap_future
import asyncio
import concurrent.futures

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    y = it.send(None)
    print(y is f, f._asyncio_future_blocking)
    f.set_result("val")
    try:
        it.send(None)
    except StopIteration as e:
        print("stop", e.value)
    print(asyncio.isfuture(f), asyncio.isfuture(42), asyncio.isfuture(asyncio.Future))
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.set_result(99)
    print(await af)
    print(asyncio.wrap_future(af) is af)
    try:
        f._asyncio_future_blocking = True
    except ValueError as e:
        print(e)
    class Weird:
        def __await__(self):
            yield 123
    async def bad():
        await Weird()
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print(e)

asyncio.run(main())
