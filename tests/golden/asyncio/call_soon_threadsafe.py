# call_soon_threadsafe from worker threads wakes the loop
import asyncio
import threading

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    results = []
    def worker(i):
        loop.call_soon_threadsafe(results.append, i)
        if i == 4:
            loop.call_soon_threadsafe(fut.set_result, "all sent")
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
    for t in threads[:4]:
        t.start()
    for t in threads[:4]:
        t.join()
    threads[4].start()
    print(await fut)
    threads[4].join()
    await asyncio.sleep(0)
    print(sorted(results))
    cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "rct"), loop)
    print(await asyncio.wrap_future(cf))

asyncio.run(main())
