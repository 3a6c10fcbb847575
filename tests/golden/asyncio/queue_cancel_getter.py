# Queue: cancelled getters and putters do not lose items
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    print(await q.get())
    q.put_nowait("full")
    p = asyncio.create_task(q.put("blocked"))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print(q.get_nowait(), q.empty())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("x")
    g2.cancel()
    try:
        print("got", await g2)
    except asyncio.CancelledError:
        print("cancelled", q.qsize())

asyncio.run(main())
