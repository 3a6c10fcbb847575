# Many small tasks: a tree of gathers, every leaf awaiting sleep(0) a few times.
# On Taipan's libuv loop: taipan -X uvloop (bench/compare.py --with "uv=... -X uvloop").
import asyncio

DEPTH = 6
FANOUT = 4


async def leaf(i):
    for _ in range(3):
        await asyncio.sleep(0)
    return i


async def node(depth, base):
    if depth == 0:
        return await leaf(base)
    results = await asyncio.gather(*(node(depth - 1, base * FANOUT + k) for k in range(FANOUT)))
    return sum(results)


print(asyncio.run(node(DEPTH, 0)))
