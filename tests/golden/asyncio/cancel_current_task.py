# a task cancelling itself, and cancellation of a task blocked on a future
import asyncio

async def self_cancel():
    asyncio.current_task().cancel("self")
    print("still running until the next await")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("self cancelled:", e.args)
        raise

async def blocked(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("blocked task cancelled; fut cancelled?", fut.cancelled())
        raise

async def main():
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print(t.cancelled())
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(blocked(fut))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.cancelled())

asyncio.run(main())
