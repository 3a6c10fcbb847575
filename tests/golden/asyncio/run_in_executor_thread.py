# run_in_executor with the default pool, an explicit ThreadPoolExecutor, and errors
import asyncio
import concurrent.futures
import time

def work(x):
    time.sleep(0.01)
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 3))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, work, i) for i in range(6)]
        print(type(futs[0]).__name__)
        print(await asyncio.gather(*futs))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print(e)
    try:
        loop.run_in_executor(None, work(2))
    except TypeError as e:
        print(e)
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, work, 1)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
