# a task that catches CancelledError and returns is not cancelled; one that ignores twice
import asyncio

async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "caught and returned"

async def reraiser():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.05)
        print("cleanup ran")

async def main():
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(reraiser())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("reraiser cancelled", t.cancelled())
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), t.cancelled(), t.result())

asyncio.run(main())
