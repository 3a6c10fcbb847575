# Timers with the same deadline run in the order they were scheduled, after
# the callbacks already ready; call_at in the past runs on the next turn.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    when = loop.time() + 0.05
    for name in "abcde":
        loop.call_at(when, log.append, name)
    loop.call_at(loop.time() - 5, log.append, "past")
    loop.call_soon(log.append, "soon")
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0.1)
    print(log)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
