# TaskGroup: cancelling the parent task cancels the group's children
import asyncio

async def child(n, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"child {n} cancelled")
        raise

async def parent(log):
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(child(i, log))
    log.append("not reached")

async def main():
    log = []
    t = asyncio.create_task(parent(log))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled", t.cancelled())
    print(sorted(log))
    async def keyboard():
        raise SystemExit(3)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(9, log))
            tg.create_task(keyboard())
    except SystemExit as e:
        print("SystemExit passes through:", e.code)
    print(sorted(log))

asyncio.run(main())
