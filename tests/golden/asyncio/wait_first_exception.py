# wait(return_when=FIRST_EXCEPTION) and ALL_COMPLETED
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n

async def main():
    tasks = [asyncio.create_task(job(0, 0.05)), asyncio.create_task(job(1, 0.1, True)),
             asyncio.create_task(job(2, 0.3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in sorted(done, key=tasks.index):
        print(tasks.index(t), t.exception())
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    # no exception: FIRST_EXCEPTION waits for all
    tasks = [asyncio.create_task(job(i, 0.05 * i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
