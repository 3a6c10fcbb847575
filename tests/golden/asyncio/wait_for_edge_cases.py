# timeouts: wait_for with timeout 0, None, a finished future and a coroutine that ignores cancellation once
import asyncio

async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)
        return "finished anyway"

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(value(1, 0.1), 0)
    except TimeoutError:
        print("timeout 0")
    print(await asyncio.wait_for(value(2, 0.01), None))
    print(await asyncio.wait_for(value(3), -5) if False else "skip")
    try:
        print(await asyncio.wait_for(stubborn(), 0.05))
    except TimeoutError:
        print("stubborn timed out")
    t = asyncio.create_task(value(4, 0.05))
    print(await asyncio.wait_for(asyncio.shield(t), 1))

asyncio.run(main())
