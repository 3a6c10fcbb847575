# asyncio.timeout: expiry, reschedule, expired(), when(), None
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", type(e).__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await asyncio.sleep(0.01)
    print(cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled expiry")
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.05)
        print("when None:", cm.when())
    print(repr(asyncio.timeout(None)))
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative timeout expires")
    try:
        async with asyncio.timeout(0.05):
            raise ValueError("inner")
    except ValueError as e:
        print("other exception passes:", e)

asyncio.run(main())
