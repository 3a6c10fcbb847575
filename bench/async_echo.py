# Echo server and clients over loopback streams: 10,000 line round trips.
# On Taipan's libuv loop: taipan -X uvloop (bench/compare.py --with "uv=... -X uvloop").
import asyncio

CLIENTS = 10
MESSAGES = 1_000


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    received = 0
    for i in range(MESSAGES):
        writer.write(b"message %d from client %d\n" % (i, n))
        await writer.drain()
        received += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return received


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        sizes = await asyncio.gather(*(client(port, n) for n in range(CLIENTS)))
    print(CLIENTS * MESSAGES, sum(sizes))


asyncio.run(main())
