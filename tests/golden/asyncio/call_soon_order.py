# call_soon runs callbacks FIFO with arguments; Handle.cancel; context= argument
import asyncio
import contextvars

var = contextvars.ContextVar("v", default="default")

def cb(log, *args):
    log.append((args, var.get()))

async def main():
    loop = asyncio.get_running_loop()
    log = []
    for i in range(3):
        loop.call_soon(cb, log, i)
    h = loop.call_soon(cb, log, "cancelled")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(cb, log, "ctx", context=ctx)
    await asyncio.sleep(0)
    print(log)
    try:
        loop.call_soon(cb, log, a=1)
    except TypeError as e:
        print(e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print(e)
    async def coro():
        pass
    c = coro()
    try:
        loop.call_soon(c)
    except TypeError as e:
        print(e)
    c.close()

asyncio.run(main())
