# asyncio task trees: a recursive tree of tasks gathered level by level,
# with sleep(0) yields, queues between producers and consumers, and
# semaphores, all on one event loop.
import sys
import asyncio


async def leaf(i):
    await asyncio.sleep(0)
    return i * i % 97


async def node(depth, breadth, base):
    if depth == 0:
        return await leaf(base)
    results = await asyncio.gather(*(node(depth - 1, breadth, base * breadth + k) for k in range(breadth)))
    return sum(results) % 1000003


async def pipeline(items):
    queue = asyncio.Queue(maxsize=16)
    sem = asyncio.Semaphore(4)
    total = 0

    async def produce():
        for i in range(items):
            await queue.put(i)
        for _ in range(4):
            await queue.put(None)

    async def consume():
        nonlocal total
        while True:
            v = await queue.get()
            if v is None:
                return
            async with sem:
                total += v

    await asyncio.gather(produce(), *(consume() for _ in range(4)))
    return total


async def main(reps):
    out = []
    for _ in range(reps):
        out.append(await node(5, 5, 1))
        out.append(await pipeline(5000))
    return out


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print(asyncio.run(main(reps)))
