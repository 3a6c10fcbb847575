# default report for a pending task destroyed by the garbage collector
import asyncio
import gc

async def stuck():
    await asyncio.get_running_loop().create_future()

async def main():
    asyncio.create_task(stuck(), name="lost")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    gc.collect()
    print("collected")

asyncio.run(main())
