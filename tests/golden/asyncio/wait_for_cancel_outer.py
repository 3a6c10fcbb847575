# wait_for: cancelling the waiter cancels the inner task too
import asyncio

async def inner(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner got cancel")
        raise

async def outer(log):
    try:
        await asyncio.wait_for(inner(log), 5)
    except asyncio.CancelledError:
        log.append("outer got cancel")
        raise

async def main():
    log = []
    t = asyncio.create_task(outer(log))
    await asyncio.sleep(0.05)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    print(log)

asyncio.run(main())
