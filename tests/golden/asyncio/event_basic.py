# Event: wait/set/clear, many waiters
import asyncio

async def waiter(ev, name, log):
    await ev.wait()
    log.append(name)

async def main():
    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).split(" [")[1])
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in "xyz"]
    await asyncio.sleep(0.05)
    print(log)
    ev.set()
    await asyncio.gather(*tasks)
    print(log, ev.is_set())
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except TimeoutError:
        print("wait timed out")

asyncio.run(main())
