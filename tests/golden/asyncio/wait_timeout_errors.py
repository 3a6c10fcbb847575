# wait: timeout leaves tasks pending; bad arguments
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    t1 = asyncio.create_task(job(0.05))
    t2 = asyncio.create_task(job(0.5))
    done, pending = await asyncio.wait([t1, t2], timeout=0.2)
    print([t.result() for t in done], len(pending))
    t2.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("empty:", e)
    try:
        await asyncio.wait([t1], return_when="bogus")
    except ValueError as e:
        print("bad when:", e)
    try:
        await asyncio.wait(t1)
    except TypeError as e:
        print("single future:", e)
    coro = job(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("coroutine:", e)
    coro.close()

asyncio.run(main())
