# StreamReader: readuntil, readexactly, IncompleteReadError, LimitOverrunError, read(n)
import asyncio

async def handle(reader, writer):
    writer.write(b"alpha;beta;gam")
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(b"ma;0123456789tail")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=64)
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";"))
    print(await reader.readexactly(10))
    print(await reader.read(2))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected, str(e))
    print(await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
