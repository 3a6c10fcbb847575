# Queue: task_done/join with workers; task_done too many times
import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        results.append((item, item * 10))
        q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    for i in range(10):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    await q.join()
    print(sorted(results))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print(e)

asyncio.run(main())
