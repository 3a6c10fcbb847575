# cancel(msg): message reaches the task and the awaiting caller
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel(msg="please stop"))
    print(t.cancel(msg="second"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    print(t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("fut msg")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("future:", e.args)
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("before start:", e.args)

asyncio.run(main())
