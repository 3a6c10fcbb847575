# Producer-consumer over a bounded asyncio.Queue: producers block when it is full.
# On Taipan's libuv loop: taipan -X uvloop (bench/compare.py --with "uv=... -X uvloop").
import asyncio

ITEMS = 100_000
PRODUCERS = 4
CONSUMERS = 4


async def producer(q, start, count):
    for i in range(start, start + count):
        await q.put(i)


async def consumer(q, totals):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        q.task_done()
    q.task_done()
    totals.append(total)


async def main():
    q = asyncio.Queue(maxsize=64)
    totals = []
    consumers = [asyncio.create_task(consumer(q, totals)) for _ in range(CONSUMERS)]
    share = ITEMS // PRODUCERS
    await asyncio.gather(*(producer(q, p * share, share) for p in range(PRODUCERS)))
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    print(sum(totals), sum(range(ITEMS)))


asyncio.run(main())
