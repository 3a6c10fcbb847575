# Condition: notify, notify_all, wait_for predicate, errors without the lock
import asyncio

async def consumer(cond, box, name, log):
    async with cond:
        await cond.wait_for(lambda: box)
        log.append((name, box.pop()))

async def main():
    cond = asyncio.Condition()
    box = []
    log = []
    tasks = [asyncio.create_task(consumer(cond, box, n, log)) for n in "ab"]
    await asyncio.sleep(0.01)
    async with cond:
        box.append(1)
        cond.notify()
    await asyncio.sleep(0.01)
    print(log)
    async with cond:
        box.append(2)
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())
    waiters = []
    async def w(i):
        async with cond:
            await cond.wait()
            waiters.append(i)
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print(waiters)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(waiters)

asyncio.run(main())
