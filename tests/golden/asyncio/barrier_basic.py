# Barrier: parties wait, indices, abort, reset, BrokenBarrierError
import asyncio

async def party(b, name, log):
    idx = await b.wait()
    log.append(name)
    return idx

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    res = await asyncio.gather(*(party(b, n, log) for n in "abc"))
    print(sorted(res), sorted(log))
    t = asyncio.create_task(party(b, "d", log))
    await asyncio.sleep(0.01)
    print(b.n_waiting)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken:", type(e).__name__, b.broken)
    await b.reset()
    print(b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    async with asyncio.Barrier(1) as pos:
        print("pos", pos)

asyncio.run(main())
