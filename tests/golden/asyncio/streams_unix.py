# start_unix_server / open_unix_connection in a temporary directory
import asyncio
import os
import tempfile

async def handle(reader, writer):
    data = await reader.readexactly(5)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()

async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "sock")
        server = await asyncio.start_unix_server(handle, path)
        print(os.path.exists(path))
        async with server:
            for msg in [b"hello", b"abcde"]:
                reader, writer = await asyncio.open_unix_connection(path)
                writer.write(msg)
                print(await reader.read())
                writer.close()
                await writer.wait_closed()
        print(server.is_serving())
        print(os.path.exists(path))

asyncio.run(main())
