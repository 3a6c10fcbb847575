# executors: set_default_executor, a cancelled executor future, shutdown_default_executor
import asyncio
import concurrent.futures
import threading

async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine")
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, lambda: threading.current_thread().name.startswith("mine")))
    release = threading.Event()
    blocker = loop.run_in_executor(None, release.wait)
    queued = loop.run_in_executor(None, lambda: "never")
    await asyncio.sleep(0.05)
    queued.cancel()
    release.set()
    print(await blocker)
    try:
        await queued
    except asyncio.CancelledError:
        print("queued cancelled", queued.cancelled())
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError", e)
    try:
        await loop.run_in_executor(None, lambda: 1 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, print, "x")
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
