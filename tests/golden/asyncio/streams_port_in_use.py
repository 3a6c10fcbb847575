# fault: binding a port already in use raises OSError with EADDRINUSE
import asyncio
import errno

async def handle(reader, writer):
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, reuse_address=False)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(handle, "127.0.0.1", port, reuse_address=False)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EADDRINUSE, str(e).replace(str(port), "PORT"))
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", e.errno == errno.ECONNREFUSED)

asyncio.run(main())
