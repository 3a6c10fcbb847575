# create_task: names, default names, set_name, get_coro, repr of tasks
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    t1 = asyncio.create_task(work(1), name="first")
    t2 = asyncio.create_task(work(2))
    print(t1.get_name())
    print(t2.get_name().startswith("Task-"))
    t2.set_name("second")
    print(t2.get_name())
    t2.set_name(123)
    print(repr(t2.get_name()))
    coro = t1.get_coro()
    print(type(coro).__name__, coro.__name__, coro.__qualname__)
    print(repr(t1).replace(hex(id(t1)), "ID").split(" coro=")[0])
    print(await t1, await t2)
    print(repr(t1).split(" coro=")[0] if False else t1.done(), t1.result())
    print("finished" in repr(t1), "result=2" in repr(t1))
    print(t1.cancelled(), t1.exception())

asyncio.run(main())
