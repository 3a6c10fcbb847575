# Lock: a cancelled waiter gives up its turn; the next waiter acquires
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    log = []
    async def waiter(name):
        async with lock:
            log.append(name)
    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    c = asyncio.create_task(waiter("c"))
    await asyncio.sleep(0)
    a.cancel()
    lock.release()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(log, a.cancelled())

asyncio.run(main())
