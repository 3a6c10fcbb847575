# streams: a Unix-socket server serving several clients at once
import asyncio
import os
import tempfile

async def handle(reader, writer):
    name = (await reader.readline()).strip()
    await asyncio.sleep(0.01)
    writer.write(b"hello " + name + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(path, i):
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b"c%d\n" % i)
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line

async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "sock")
        server = await asyncio.start_unix_server(handle, path)
        print(server.sockets[0].getsockname() == path)
        lines = await asyncio.gather(*(client(path, i) for i in range(8)))
        print(lines)
        server.close()
        await server.wait_closed()
        print(os.path.exists(path))

asyncio.run(main())
