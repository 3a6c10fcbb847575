# Task construction errors and misuse
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(e)
    try:
        loop.create_task("not a coroutine")
    except TypeError as e:
        print(e)
    async def c():
        return 1
    t = loop.create_task(c())
    try:
        t.set_result(3)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    print(await t)
    print(isinstance(t, asyncio.Future), asyncio.Task.__mro__[1].__name__)

asyncio.run(main())
