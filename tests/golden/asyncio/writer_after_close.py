# Writing to a stream whose connection the peer closed: the first failures
# are silent, later ones are logged once each as asyncio does, and drain()
# raises ConnectionResetError.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")

async def main():
    async def handle(reader, writer):
        writer.close()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print(await reader.read())
        writer.write(b"one")
        try:
            await writer.drain()
            await asyncio.sleep(0.05)
            await writer.drain()
        except ConnectionError as e:
            print("drain:", type(e).__name__)
        for i in range(7):
            writer.write(b"more")
        try:
            await writer.drain()
        except ConnectionError as e:
            print("drain:", type(e).__name__, e)
        writer.close()

asyncio.run(main())
