# gather: cancelling the gather cancels the children; a cancelled child
import asyncio

async def sleeper(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def main():
    log = []
    g = asyncio.gather(sleeper("a", log), sleeper("b", log))
    await asyncio.sleep(0.05)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(sorted(log))

    t = asyncio.ensure_future(sleeper("c", log))
    g2 = asyncio.gather(t, asyncio.sleep(0.05, "done"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("child cancel propagates")
    g3 = asyncio.gather(asyncio.sleep(0.05, "x"), return_exceptions=True)
    print(await g3)

asyncio.run(main())
