# call_later / call_at ordering by time, TimerHandle.when, cancel
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    loop.call_later(0.15, log.append, "later 0.15")
    loop.call_later(0.05, log.append, "later 0.05")
    h = loop.call_later(0.1, log.append, "cancelled")
    loop.call_at(loop.time() + 0.1, log.append, "at 0.1")
    loop.call_later(0.2, done.set_result, None)
    print(type(h).__name__, h.when() > loop.time())
    h.cancel()
    await done
    print(log)
    t0 = loop.time()
    th = loop.call_later(-1, log.append, "negative")
    await asyncio.sleep(0)
    print(log[-1])
    print(th < loop.call_later(1, print), th == th)

asyncio.run(main())
