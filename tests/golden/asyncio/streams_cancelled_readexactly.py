# streams: a cancelled readexactly loses nothing; the next read sees every byte
import asyncio

async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"12345")
    task = asyncio.create_task(reader.readexactly(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    reader.feed_data(b"67890")
    print(await reader.readexactly(10))
    task = asyncio.create_task(reader.readuntil(b";"))
    await asyncio.sleep(0)
    reader.feed_data(b"ab")
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    reader.feed_data(b"c;d")
    print(await reader.readuntil(b";"))
    t1 = asyncio.create_task(reader.read(1))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(reader.read(1))
    await asyncio.sleep(0)
    print(await t1)
    reader.feed_eof()
    print(await asyncio.gather(t2, return_exceptions=True))

asyncio.run(main())
