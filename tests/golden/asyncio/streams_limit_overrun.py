# streams: LimitOverrunError from readuntil leaves the data; readline turns it into ValueError
import asyncio

async def main():
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789\nrest\n")
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e.consumed, str(e))
    print(await reader.readexactly(11))
    print(await reader.readuntil(b"\n"))
    reader.feed_data(b"x" * 20)
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, str(e))
    reader.feed_data(b"abc\n")
    reader.feed_eof()
    print(await reader.readline(), await reader.readline())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
