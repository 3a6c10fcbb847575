# TaskGroup: failures cancel siblings and surface as an ExceptionGroup for except*
import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def sibling(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("sibling cancelled")
        raise

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.05))
            tg.create_task(fail(TypeError("t1"), 0.05))
            tg.create_task(sibling(log))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body:", eg.exceptions)
    print(log)

asyncio.run(main())
