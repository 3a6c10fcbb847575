# cancelling()/uncancel(): counts of cancel requests; swallowing cancellation
import asyncio

async def stubborn(log):
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(("caught", task.cancelling()))
        log.append(("uncancel", task.uncancel()))
        log.append(("now", task.cancelling()))
    await asyncio.sleep(0.05)
    return "survived"

async def main():
    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(t.cancelling())
    print(await t)
    print(log)
    print(t.cancelled(), t.cancelling())
    t2 = asyncio.create_task(asyncio.sleep(1))
    print(t2.uncancel())

asyncio.run(main())
