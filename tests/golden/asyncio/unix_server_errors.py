# Unix-socket servers: a path taken by a regular file, connecting to a missing path,
# and the socket file a server leaves behind after it closes (3.11 keeps it).
import asyncio
import os
import tempfile

async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "s.sock")
        async def handle(reader, writer):
            writer.write(await reader.readline())
            await writer.drain()
            writer.close()
        server = await asyncio.start_unix_server(handle, path)
        taken = os.path.join(d, "file")
        open(taken, "w").close()  # not a socket: not removed, so the bind fails
        try:
            await asyncio.start_unix_server(handle, taken)
        except OSError as e:
            print(type(e).__name__, e.errno)
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b"echo\n")
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()
        print("file left behind:", os.path.exists(path))
        try:
            await asyncio.open_unix_connection(os.path.join(d, "missing.sock"))
        except FileNotFoundError as e:
            print("FileNotFoundError", e.errno)

asyncio.run(main())
