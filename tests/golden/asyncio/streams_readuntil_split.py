# streams: a separator split across TCP writes is still found by readuntil
import asyncio

async def handle(reader, writer):
    for chunk in [b"ab", b"c\r", b"\nde", b"f\r", b"\n"]:
        writer.write(chunk)
        await writer.drain()
        await asyncio.sleep(0.01)
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readuntil(b"\r\n"))
    try:
        await reader.readuntil(b"\r\n")
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
