# TaskGroup nested inside gather; inner group failure
import asyncio

async def failing_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0.05))
        tg.create_task(boom())

async def boom():
    raise ValueError("group member")

async def ok():
    await asyncio.sleep(0.1)
    return "ok"

async def main():
    res = await asyncio.gather(failing_group(), ok(), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])
    print(res[0].exceptions)

asyncio.run(main())
