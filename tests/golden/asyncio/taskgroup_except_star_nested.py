# TaskGroup: nested groups' failures surface as nested ExceptionGroups handled with except*
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError("k"), 0.05))
        tg.create_task(fail(ValueError("v1"), 0.05))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fail(ValueError("v2"), 0.05))
            tg.create_task(asyncio.sleep(1))
    except* KeyError as eg:
        print("KeyError group:", repr(eg))
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(OSError("o"), 0.05))
    except* (OSError, TypeError) as eg:
        print("leaves:", [repr(e) for e in eg.exceptions])
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(TypeError("t"), 0.05))
                tg.create_task(fail(ZeroDivisionError("z"), 0.1))
        except* TypeError:
            print("handled TypeError only")
    except ExceptionGroup as eg:
        print("remaining:", repr(eg))

asyncio.run(main())
