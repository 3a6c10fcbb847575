# A client that resets its connection (SO_LINGER 0) while the server is
# writing to it: the server's drain raises, its handler reports, and the
# server goes on serving the next client.
import asyncio
import socket
import struct

async def main():
    events = []
    async def handle(reader, writer):
        name = (await reader.readline()).decode().strip()
        try:
            for _ in range(200):
                writer.write(b"x" * 65536)
                await writer.drain()
            events.append((name, "wrote everything"))
        except ConnectionError as e:
            events.append((name, "drain raised " + type(e).__name__))
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"rude\n")
        await reader.readexactly(1000)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        for _ in range(100):
            if events:
                break
            await asyncio.sleep(0.01)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"polite\n")
        total = 0
        while chunk := await reader.read(1 << 20):
            total += len(chunk)
        writer.close()
        await writer.wait_closed()
        print("polite client read", total)
        for _ in range(100):
            if len(events) == 2:
                break
            await asyncio.sleep(0.01)
    print(events)

asyncio.run(main())
