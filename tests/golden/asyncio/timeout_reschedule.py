# timeouts: asyncio.timeout rescheduled, disabled, inspected and expired
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm.expired())
        cm.reschedule(loop.time() + 10)
        print(cm.when() is not None)
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print("no timeout", cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout", cm.expired())
    try:
        async with asyncio.timeout(-1) as cm:
            print("body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline", cm.expired())
    async with asyncio.timeout(0.05) as cm:
        pass
    print("finished in time", cm.expired())
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError as e:
        print("TimeoutError", type(e.__context__).__name__)

asyncio.run(main())
