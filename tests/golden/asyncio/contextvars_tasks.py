# each task runs in a copy of the context current when it was created
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    request.set(name)
    await asyncio.sleep(0.01)
    inner = await asyncio.create_task(child())
    return name, request.get(), inner

async def child():
    await asyncio.sleep(0)
    return "child sees " + request.get()

async def main():
    request.set("main")
    results = await asyncio.gather(*(handler(n) for n in ["a", "b", "c"]))
    print(results)
    print(request.get())
    ctx = contextvars.Context()
    t = asyncio.create_task(child(), context=ctx)
    print(await t)

asyncio.run(main())
