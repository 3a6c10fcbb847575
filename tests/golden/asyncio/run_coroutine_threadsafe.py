# run_coroutine_threadsafe from a thread: result, exception, timeout, cancel
import asyncio
import concurrent.futures
import threading

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

async def boom():
    raise KeyError("k")

def thread_body(loop, out):
    out.append(asyncio.run_coroutine_threadsafe(add(1, 2), loop).result())
    try:
        asyncio.run_coroutine_threadsafe(boom(), loop).result()
    except KeyError as e:
        out.append(repr(e))
    f = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
    try:
        f.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        out.append("timeout")
    f.cancel()
    out.append(f.cancelled())

async def main():
    loop = asyncio.get_running_loop()
    out = []
    await asyncio.to_thread(thread_body, loop, out)
    print(out)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print(e)

asyncio.run(main())
