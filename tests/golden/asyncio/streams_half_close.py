# Half-closed streams: the client's write_eof ends the server's reading
# while the server still answers; can_write_eof; reading after EOF.
import asyncio

async def main():
    async def handle(reader, writer):
        data = await reader.read()  # until the client's EOF
        writer.write(b"got %d bytes" % len(data))
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("can_write_eof:", writer.can_write_eof())
        writer.writelines([b"abc", b"def", b"g" * 1000])
        writer.write_eof()
        print(await reader.read())
        print(await reader.read(), reader.at_eof())
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()
        print("closing:", writer.is_closing())

asyncio.run(main())
