# Thousands of timers, most cancelled (the loop compacts its heap), the rest
# firing in order of their deadlines; a cancelled TimerHandle never runs.
# Deadlines are absolute (call_at from one base time), so their order does not
# depend on how long creating 2000 handles takes.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    base = loop.time()
    handles = [loop.call_at(base + 0.05 + (i % 50) * 0.001, fired.append, i) for i in range(2000)]
    for i, h in enumerate(handles):
        if i % 10:
            h.cancel()
    print(sum(h.cancelled() for h in handles))
    await asyncio.sleep(0.2)
    print(len(fired), fired[:5], sorted(fired) == sorted(range(0, 2000, 10)))
    whens = [handles[i].when() for i in fired]
    print(whens == sorted(whens))
    # cancelling twice, and after firing, changes nothing
    handles[0].cancel(); handles[0].cancel()
    print(handles[0].cancelled(), handles[1].cancelled())

asyncio.run(main())
