# datagram: one server endpoint answering several client endpoints
import asyncio

class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done

    def datagram_received(self, data, addr):
        self.done.set_result(data)

    def error_received(self, exc):
        self.done.set_exception(exc)

async def client(loop, addr, i):
    done = loop.create_future()
    transport, _ = await loop.create_datagram_endpoint(lambda: Client(done), remote_addr=addr)
    transport.sendto(b"msg %d" % i)
    data = await asyncio.wait_for(done, 5)
    transport.close()
    return data

async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Server, local_addr=("127.0.0.1", 0))
    addr = transport.get_extra_info("sockname")
    print(await asyncio.gather(*(client(loop, addr, i) for i in range(6))))
    transport.close()

asyncio.run(main())
