# fault: the default exception handler's report for a raising stream handler
import asyncio

async def handle(reader, writer):
    await reader.readline()
    writer.close()
    raise KeyError("nope")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"x\n")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
