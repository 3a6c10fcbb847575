# settrace events of coroutines run by asyncio (only this file's frames
# shown): two tasks interleaving at sleep(0), a task awaiting another's
# result, and an exception crossing an await.
import asyncio

from _events import trace


async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += i
        await asyncio.sleep(0)
    return name, total


async def failing():
    await asyncio.sleep(0)
    raise KeyError("task failed")


async def main():
    a = asyncio.create_task(worker("a", 2))
    b = asyncio.create_task(worker("b", 1))
    results = [await a, await b]
    try:
        await failing()
    except KeyError as e:
        results.append(str(e))
    return results


def run():
    return asyncio.run(main())


trace(run)
