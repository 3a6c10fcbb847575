# reports: a Future and a Task whose exceptions are never retrieved, through a custom exception handler
import asyncio
import gc

reports = []

def handler(loop, context):
    reports.append((context["message"], type(context.get("exception")).__name__,
                    type(context.get("future")).__name__))

async def fails():
    raise OSError("task failure")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    fut.set_exception(ValueError("future failure"))
    del fut
    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del task
    retrieved = loop.create_future()
    retrieved.set_exception(KeyError("seen"))
    retrieved.exception()
    del retrieved
    cancelled = loop.create_future()
    cancelled.cancel()
    del cancelled
    gc.collect()
    await asyncio.sleep(0)

asyncio.run(main())
for r in sorted(reports):
    print(r)
