# shield: the inner task survives cancellation of the outer await
import asyncio

async def important(log):
    await asyncio.sleep(0.1)
    log.append("important finished")
    return "value"

async def waiter(inner):
    return await asyncio.shield(inner)

async def main():
    log = []
    inner = asyncio.create_task(important(log))
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    print(inner.done())
    print(await inner, log)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    print(asyncio.shield(fut) is fut)
    inner2 = asyncio.create_task(important(log))
    s = asyncio.shield(inner2)
    inner2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield sees inner cancelled", s.cancelled())

asyncio.run(main())
