# TaskGroup: create_task after exit or before entry, re-entry, and the body raising
import asyncio

async def noop():
    return 1

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        tg.create_task(noop())
    except RuntimeError as e:
        print("RuntimeError", e)
    async with tg:
        t = tg.create_task(noop(), name="first")
        print(t.get_name())
    print(t.result())
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    started = []
    async def long():
        started.append(1)
        await asyncio.sleep(1)
    try:
        async with asyncio.TaskGroup() as tg2:
            lt = tg2.create_task(long())
            await asyncio.sleep(0.01)
            raise ValueError("body failed")
    except* ValueError as eg:
        print("body", repr(eg), lt.cancelled(), started)

asyncio.run(main())
