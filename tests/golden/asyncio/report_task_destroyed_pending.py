# the report for a task destroyed while still pending
import asyncio
import gc

async def stuck():
    await asyncio.get_running_loop().create_future()

def handler(loop, context):
    print("message:", context["message"])
    print("task:", type(context["task"]).__name__, context["task"].get_name())

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(stuck(), name="lost")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    gc.collect()
    print("collected")

asyncio.run(main())
