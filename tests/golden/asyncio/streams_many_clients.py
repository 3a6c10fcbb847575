# many concurrent clients against one server; results gathered in order
import asyncio

async def handle(reader, writer):
    n = int(await reader.readline())
    await asyncio.sleep(0.01 * (n % 3))
    writer.write(f"{n * n}\n".encode())
    await writer.drain()
    writer.close()

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{n}\n".encode())
    result = int(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return result

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(await asyncio.gather(*(client(port, n) for n in range(20))))

asyncio.run(main())
