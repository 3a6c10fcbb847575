# executors: many to_thread calls run concurrently; each result reaches its own awaiter
import asyncio
import threading

async def main():
    barrier = threading.Barrier(4, timeout=5)
    def meet(i):
        barrier.wait()  # only returns once four threads run at the same time
        return i * 10
    print(await asyncio.gather(*(asyncio.to_thread(meet, i) for i in range(4))))
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, pow, 2, i) for i in range(10)]
    print([await f for f in futs])
    def blocking_then_fail(event):
        event.wait(5)
        raise LookupError("late failure")
    ev = threading.Event()
    task = asyncio.create_task(asyncio.to_thread(blocking_then_fail, ev))
    await asyncio.sleep(0.05)
    print(task.done())
    ev.set()
    try:
        await task
    except LookupError as e:
        print("LookupError", e)

asyncio.run(main())
