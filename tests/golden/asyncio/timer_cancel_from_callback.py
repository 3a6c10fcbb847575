# A timer callback cancels another timer due at the same moment, and one
# scheduled by a timer callback runs on a later turn; TimerHandle reprs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    when = loop.time() + 0.05
    second = None
    def first():
        log.append("first")
        second.cancel()
        loop.call_later(0, log.append, "scheduled by first")
    loop.call_at(when, first)
    second = loop.call_at(when, log.append, "second")
    loop.call_at(when, log.append, "third")
    await asyncio.sleep(0.1)
    print(log)
    print(second.cancelled(), repr(second).startswith("<TimerHandle cancelled when="))

asyncio.run(main())
