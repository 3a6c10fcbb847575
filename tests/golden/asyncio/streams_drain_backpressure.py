# streams: drain() waits while the peer is not reading, and resumes when it reads
import asyncio
import socket

async def main():
    gate = asyncio.Event()
    received = []

    async def handle(reader, writer):
        await gate.wait()
        total = 0
        while data := await reader.read(65536):
            total += len(data)
        received.append(total)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    server.sockets[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    # small kernel buffers: 1 MiB cannot fit in them, whatever the timing
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)
    writer.transport.set_write_buffer_limits(high=1024, low=256)
    print(writer.transport.get_write_buffer_limits())
    payload = b"x" * (1 << 20)
    writer.write(payload)
    drain = asyncio.ensure_future(writer.drain())
    done, _ = await asyncio.wait([drain], timeout=0.1)
    print("blocked", not done, writer.transport.get_write_buffer_size() > 1024)
    gate.set()
    await drain
    print("drained", writer.transport.get_write_buffer_size())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    print(received)
    server.close()
    await server.wait_closed()

asyncio.run(main())
