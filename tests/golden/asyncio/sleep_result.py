# asyncio.sleep: result argument, zero and negative delays, ordering by delay
import asyncio

async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-1, "negative"))
    log = []
    async def after(d, name):
        await asyncio.sleep(d)
        log.append(name)
    await asyncio.gather(after(0.15, "c"), after(0.05, "a"), after(0.1, "b"))
    print(log)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print(loop.time() - t0 >= 0.04)

asyncio.run(main())
