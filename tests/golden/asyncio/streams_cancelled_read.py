# fault: a read cancelled by a timeout; the connection stays usable afterwards
import asyncio

async def handle(reader, writer):
    await asyncio.sleep(0.15)
    writer.write(b"late line\n")
    await writer.drain()
    await reader.read()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(reader.readline(), 0.05)
    except TimeoutError:
        print("read timed out")
    t = asyncio.create_task(reader.readline())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("read cancelled")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
