# to_thread: runs in another thread, passes args/kwargs, propagates exceptions, copies context
import asyncio
import contextvars
import threading

var = contextvars.ContextVar("var")

def blocking(a, b=0):
    return (a + b, threading.current_thread() is threading.main_thread(), var.get("none"))

def raises():
    raise ZeroDivisionError("in thread")

async def main():
    var.set("from task")
    print(await asyncio.to_thread(blocking, 1, b=2))
    try:
        await asyncio.to_thread(raises)
    except ZeroDivisionError as e:
        print("caught", e)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5)))
    print([r[0] for r in results])

asyncio.run(main())
