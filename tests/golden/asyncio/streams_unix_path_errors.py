# streams: Unix server on a path that is a regular file, and a connection to a missing path
import asyncio
import os
import tempfile

async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "plain")
        with open(path, "w") as f:
            f.write("x")
        try:
            await asyncio.start_unix_server(lambda r, w: None, path)
        except OSError as e:
            print(type(e).__name__, e.errno)
        try:
            await asyncio.open_unix_connection(os.path.join(d, "missing"))
        except OSError as e:
            print(type(e).__name__, e.errno)
        sock_path = os.path.join(d, "sock")
        server = await asyncio.start_unix_server(lambda r, w: w.close(), sock_path)
        server.close()
        await server.wait_closed()
        # the socket file left behind is replaced by the next server
        print(os.path.exists(sock_path))
        server = await asyncio.start_unix_server(lambda r, w: w.close(), sock_path)
        print(server.is_serving())
        server.close()
        await server.wait_closed()

asyncio.run(main())
