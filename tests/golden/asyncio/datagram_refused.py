# A connected datagram endpoint whose peer port is closed: the ICMP
# refusal reaches error_received as ConnectionRefusedError, and the
# endpoint keeps working once a peer listens there.
import asyncio
import socket

class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.events = asyncio.Queue()
    def datagram_received(self, data, addr):
        self.events.put_nowait(("data", data))
    def error_received(self, exc):
        self.events.put_nowait(("error", type(exc).__name__))
    def connection_lost(self, exc):
        self.events.put_nowait(("lost", exc))

class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

async def main():
    loop = asyncio.get_running_loop()
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    transport, client = await loop.create_datagram_endpoint(Client, remote_addr=("127.0.0.1", port))
    transport.sendto(b"anyone?")
    print(await asyncio.wait_for(client.events.get(), 2))
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", port))
    transport.sendto(b"hello")
    print(await asyncio.wait_for(client.events.get(), 2))
    try:
        transport.sendto(b"x", ("127.0.0.1", port + 1))
    except ValueError as e:
        print("ValueError:", str(e).startswith("Invalid address: must be None or"))
    transport.close()
    print(await client.events.get())
    server.close()

asyncio.run(main())
