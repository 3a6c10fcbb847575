# run_in_executor with the default executor and a custom one, the default
# executor's shutdown, and what a loop refuses after it.
import asyncio
import concurrent.futures
import threading

def work(n):
    return n * n, threading.current_thread() is not threading.main_thread()

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, work, n) for n in range(8)))
    print(results)
    with concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="mine") as pool:
        print(await loop.run_in_executor(pool, lambda: threading.current_thread().name.startswith("mine")))
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(1))
    print(await loop.run_in_executor(None, work, 9))
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, work, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.run_in_executor(pool, work, 2)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
