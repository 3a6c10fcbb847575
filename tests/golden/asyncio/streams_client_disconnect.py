# fault: a client disconnects mid-stream; the server sees a partial read and keeps serving
import asyncio

log = []

async def handle(reader, writer):
    try:
        data = await reader.readexactly(10)
        writer.write(b"got " + data)
        await writer.drain()
    except asyncio.IncompleteReadError as e:
        log.append(("partial", e.partial))
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"abc")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    print(log)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"0123456789")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    print(server.is_serving())
    server.close()
    await server.wait_closed()

asyncio.run(main())
