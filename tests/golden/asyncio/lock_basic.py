# Lock: mutual exclusion, FIFO wakeup order, locked(), release errors, repr
import asyncio

async def user(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.01)
        log.append(name + " out")

async def main():
    lock = asyncio.Lock()
    print(lock.locked(), "unlocked" in repr(lock))
    log = []
    await asyncio.gather(*(user(lock, n, log) for n in "abc"))
    print(log)
    await lock.acquire()
    print(lock.locked(), "locked" in repr(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print(e)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("waiters:1" in repr(lock))
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked())

asyncio.run(main())
