# bounded queue with producers and consumers; sentinel shutdown
import asyncio

async def producer(q, start, n):
    for i in range(start, start + n):
        await q.put(i)
    await q.put(None)

async def consumer(q, seen):
    while (item := await q.get()) is not None:
        seen.append(item)

async def main():
    q = asyncio.Queue(maxsize=3)
    seen = []
    await asyncio.gather(producer(q, 0, 20), producer(q, 100, 20), consumer(q, seen), consumer(q, seen))
    print(len(seen), sorted(seen) == list(range(20)) + list(range(100, 120)))

asyncio.run(main())
