# low-level Protocol/Transport: create_server and create_connection with callbacks
import asyncio

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection made")
    def data_received(self, data):
        self.transport.write(data[::-1])
    def eof_received(self):
        print("server: eof")
        return False
    def connection_lost(self, exc):
        print("server: lost", exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b""
    def connection_made(self, transport):
        transport.write(b"stressed")
        transport.write_eof()
    def data_received(self, data):
        self.got += data
    def connection_lost(self, exc):
        self.done.set_result(self.got)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, proto = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print(await done)
    print(transport.is_closing())
    server.close()
    await server.wait_closed()

asyncio.run(main())
