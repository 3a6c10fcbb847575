# executors: to_thread copies the caller's context and re-raises the function's exception
import asyncio
import contextvars
import threading

request = contextvars.ContextVar("request", default="none")

def work(x):
    return request.get(), x * 2, threading.current_thread() is not threading.main_thread()

def fail():
    raise KeyError("boom")

def set_in_thread():
    request.set("changed in thread")
    return request.get()

async def main():
    request.set("req-1")
    print(await asyncio.to_thread(work, 21))
    print(await asyncio.to_thread(set_in_thread), request.get())
    try:
        await asyncio.to_thread(fail)
    except KeyError as e:
        print("KeyError", e)
    results = await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(4)))
    print(results)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
