# reports: a pending task destroyed when its loop is dropped reaches the loop's exception handler
import asyncio
import gc

reports = []

def handler(loop, context):
    task = context.get("task")
    reports.append((context["message"], task.get_name() if task else None))

async def waits_forever(fut):
    await fut

def run():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    task = loop.create_task(waits_forever(fut), name="orphan")
    loop.run_until_complete(asyncio.sleep(0.01))
    print(task.done())
    loop.close()

run()
gc.collect()
print(reports)
