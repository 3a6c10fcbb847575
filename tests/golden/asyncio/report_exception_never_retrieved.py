# "exception was never retrieved" for futures and tasks, and when it is not reported
import asyncio
import gc

async def fails():
    raise ValueError("lost error")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(KeyError("future error"))
    del fut
    gc.collect()
    t = asyncio.create_task(fails(), name="failing")
    await asyncio.sleep(0)
    del t
    gc.collect()
    f2 = loop.create_future()
    f2.set_exception(KeyError("retrieved"))
    f2.exception()
    del f2
    gc.collect()
    print("end of main")

asyncio.run(main())
