# start_server / open_connection on 127.0.0.1 port 0: an echo exchange
import asyncio

async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print(host, port > 0, server.is_serving())
    reader, writer = await asyncio.open_connection(host, port)
    for word in [b"hello\n", b"world\n", b"x" * 10 + b"\n"]:
        writer.write(word)
        await writer.drain()
        print(await reader.readline())
    print(writer.get_extra_info("peername")[0], writer.can_write_eof())
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())
    server.close()
    await server.wait_closed()
    print(server.is_serving())

asyncio.run(main())
