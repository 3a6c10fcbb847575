# loop.set_task_factory: a custom factory is used by create_task
import asyncio

def factory(loop, coro, **kwargs):
    print("factory called for", coro.__name__)
    return asyncio.Task(coro, loop=loop, **kwargs)

async def job():
    return "job done"

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(await asyncio.create_task(job()))
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print(e)

asyncio.run(main())
