# wait(return_when=FIRST_COMPLETED)
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    tasks = [asyncio.create_task(job(i, d), name=f"t{i}") for i, d in enumerate([0.2, 0.05, 0.3])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print([t.result() for t in done])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
