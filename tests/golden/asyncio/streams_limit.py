# StreamReader limits: LimitOverrunError from readuntil, ValueError from readline
import asyncio

async def handle(reader, writer):
    writer.write(b"x" * 100 + b"\n" + b"y" * 100 + b"!" + b"short\n")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    try:
        await reader.readline()
    except ValueError as e:
        print("readline:", e)
    try:
        await reader.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("readuntil:", e, e.consumed)
    data = await reader.read(1000)
    print(len(data), data[-6:])
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print(e)
    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print(e.partial, e.expected)
    try:
        await asyncio.StreamReader().readexactly(-1)
    except ValueError as e:
        print(e)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
