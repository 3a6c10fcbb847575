# wait_for when the inner finishes just as the timeout fires; inner swallowing cancel
import asyncio

async def quick():
    return "quick"

async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "swallowed"

async def main():
    print(await asyncio.wait_for(quick(), 0.05))
    try:
        print(await asyncio.wait_for(swallow(), 0.05))
    except TimeoutError:
        print("TimeoutError despite swallow")

asyncio.run(main())
