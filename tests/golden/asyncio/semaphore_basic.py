# Semaphore and BoundedSemaphore: limits, locked(), over-release
import asyncio

async def limited(sem, i, state):
    async with sem:
        state["now"] += 1
        state["max"] = max(state["max"], state["now"])
        await asyncio.sleep(0.01)
        state["now"] -= 1

async def main():
    sem = asyncio.Semaphore(2)
    state = {"now": 0, "max": 0}
    await asyncio.gather(*(limited(sem, i, state) for i in range(6)))
    print(state)
    print(sem.locked(), "value:2" in repr(sem))
    sem.release()
    print("value:3" in repr(sem))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    s0 = asyncio.Semaphore(0)
    try:
        await asyncio.wait_for(s0.acquire(), 0.05)
    except TimeoutError:
        print("acquire timed out")
    print(s0.locked())

asyncio.run(main())
