# TaskGroup: all children finish before the block exits; results
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i, 0.05 * (3 - i)), name=f"sq{i}") for i in range(3)]
        print("inside", [t.done() for t in tasks])
    print("after", [t.result() for t in tasks], [t.get_name() for t in tasks])
    async with asyncio.TaskGroup() as tg:
        pass
    print(repr(tg).startswith("<TaskGroup"))
    try:
        tg.create_task(job(1, 0))
    except RuntimeError as e:
        print(e)

asyncio.run(main())
