# Queue: put/get, maxsize blocking, nowait errors, qsize/full/empty, repr
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(q.qsize(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(repr(q).split(" at ")[0], str(q))
    async def late_put():
        await q.put(3)
        print("late put done")
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0.05)
    print("got", q.get_nowait())
    await t
    print([await q.get() for _ in range(2)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except TimeoutError:
        print("get timed out")
    print(q.empty())

asyncio.run(main())
