# asyncio.run: return value, exceptions, nested run refused, closed loop afterwards
import asyncio

async def answer():
    await asyncio.sleep(0)
    return 42

print(asyncio.run(answer()))

async def fails():
    raise ValueError("boom")

try:
    asyncio.run(fails())
except ValueError as e:
    print("caught", e)

async def nested():
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested:", e)
    finally:
        coro.close()

asyncio.run(nested())

try:
    asyncio.run(42)
except ValueError as e:
    print("non-coro:", e)

async def loop_info():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    return loop

loop = asyncio.run(loop_info())
print(loop.is_running(), loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
