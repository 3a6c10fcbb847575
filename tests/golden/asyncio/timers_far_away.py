# Timers far away and infinitely far: the loop neither spins nor fails, and
# the nearer timers still run.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    far = loop.call_later(1e9, log.append, "far")
    inf = loop.call_later(float("inf"), log.append, "inf")
    huge = loop.call_at(1e300, log.append, "huge")
    loop.call_later(0.05, log.append, "soon")
    await asyncio.sleep(0.1)
    print(log)
    for h in (far, inf, huge):
        h.cancel()
    print(await asyncio.wait_for(asyncio.sleep(0.01, "done"), float("inf")))
    try:
        async with asyncio.timeout(1e12):
            await asyncio.sleep(0.01)
        print("timeout far away never fired")
    except TimeoutError:
        print("unexpected")

asyncio.run(main())
