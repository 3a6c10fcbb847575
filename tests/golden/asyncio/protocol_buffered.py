# BufferedProtocol, pause/resume reading, transport write buffer limits
import asyncio

class Buffered(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(8)
        self.chunks = []
        self.done = done
    def get_buffer(self, sizehint):
        return self.buf
    def buffer_updated(self, nbytes):
        self.chunks.append(bytes(self.buf[:nbytes]))
    def connection_lost(self, exc):
        self.done.set_result(b"".join(self.chunks))

async def handle(reader, writer):
    writer.write(b"0123456789" * 5)
    await writer.drain()
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Buffered(done), "127.0.0.1", port)
    data = await done
    print(len(data), data[:12], max(len(c) for c in pr.chunks) <= 8)
    tr.set_write_buffer_limits(high=100, low=10)
    print(tr.get_write_buffer_limits(), tr.get_write_buffer_size())
    server.close()
    await server.wait_closed()

asyncio.run(main())
