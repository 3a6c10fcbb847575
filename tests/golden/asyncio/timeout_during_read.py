# asyncio.timeout expiring during a stream read leaves the stream usable:
# the data that comes later is read whole; readexactly at EOF reports the
# partial data.
import asyncio

async def main():
    async def handle(reader, writer):
        await reader.readline()
        await asyncio.sleep(0.1)
        writer.write(b"late line\nrest")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hi\n")
        try:
            async with asyncio.timeout(0.02):
                await reader.readline()
        except TimeoutError:
            print("timed out; at eof:", reader.at_eof())
        print(await reader.readline())
        try:
            await reader.readexactly(10)
        except asyncio.IncompleteReadError as e:
            print("IncompleteReadError:", e.partial, e.expected)
        writer.close()
        await writer.wait_closed()

asyncio.run(main())
