# gather: first exception propagates; return_exceptions collects them
import asyncio

async def ok(v):
    await asyncio.sleep(0.05)
    return v

async def bad(msg):
    await asyncio.sleep(0)
    raise KeyError(msg)

async def main():
    try:
        await asyncio.gather(ok(1), bad("x"), ok(3))
    except KeyError as e:
        print("propagated", repr(e))
    res = await asyncio.gather(ok(1), bad("y"), ok(3), return_exceptions=True)
    print([repr(r) for r in res])
    async def cancelled():
        raise asyncio.CancelledError("inner")
    res = await asyncio.gather(cancelled(), ok(2), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])

asyncio.run(main())
