# streams: readexactly and readuntil at EOF raise IncompleteReadError with the partial bytes
import asyncio

async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"abcdef")
    reader.feed_eof()
    print(await reader.readexactly(2))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected, str(e))
    print(await reader.readexactly(0), reader.at_eof())
    reader = asyncio.StreamReader()
    reader.feed_data(b"no separator here")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\r\n")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected, str(e))
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError", e)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError", e)
    print(await reader.read(), await reader.readline())

asyncio.run(main())
