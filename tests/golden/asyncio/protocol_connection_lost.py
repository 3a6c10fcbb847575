# connection_lost as a Protocol sees it: None after an orderly close by
# either side, an exception after the peer resets the connection;
# eof_received's answer decides whether the transport closes.
import asyncio
import socket
import struct

class Recorder(asyncio.Protocol):
    def __init__(self, name, keep_open=False):
        self.name = name
        self.keep_open = keep_open
        self.done = asyncio.get_running_loop().create_future()
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        print(self.name, "data", data)
    def eof_received(self):
        print(self.name, "eof; keep open:", self.keep_open)
        return self.keep_open
    def connection_lost(self, exc):
        print(self.name, "lost", type(exc).__name__ if exc else None)
        self.done.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    accepted = []
    server = await loop.create_server(lambda: accepted.append(Recorder("server", keep_open=True)) or accepted[-1],
                                      "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # the client closes: the server keeps its side open, writes, then closes
    transport, client = await loop.create_connection(lambda: Recorder("client"), "127.0.0.1", port)
    transport.write(b"hello")
    transport.write_eof()
    await asyncio.sleep(0.05)
    accepted[0].transport.write(b"bye")
    accepted[0].transport.close()
    await asyncio.gather(client.done, accepted[0].done)
    # the client resets the connection
    transport, client = await loop.create_connection(lambda: Recorder("client2"), "127.0.0.1", port)
    await asyncio.sleep(0.05)
    transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    await asyncio.gather(client.done, accepted[1].done)
    print(transport.is_closing(), transport.get_extra_info("socket") is None)
    server.close()
    await server.wait_closed()

asyncio.run(main())
