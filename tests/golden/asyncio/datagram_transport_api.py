# datagram: transport API — connected sendto rules, buffer size, close and connection_lost
import asyncio

class Proto(asyncio.DatagramProtocol):
    def __init__(self):
        self.events = []
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.events.append("made")

    def datagram_received(self, data, addr):
        self.events.append(("data", data))

    def connection_lost(self, exc):
        self.events.append(("lost", exc))
        self.lost.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    server, sproto = await loop.create_datagram_endpoint(Proto, local_addr=("127.0.0.1", 0))
    addr = server.get_extra_info("sockname")
    client, cproto = await loop.create_datagram_endpoint(Proto, remote_addr=addr)
    try:
        client.sendto(b"x", ("127.0.0.1", 9))
    except ValueError as e:
        print("ValueError", str(e).replace(str(addr[1]), "PORT"))
    try:
        client.sendto("text")
    except TypeError as e:
        print("TypeError", e)
    client.sendto(b"")
    client.sendto(b"one")
    client.sendto(memoryview(b"two"))
    await asyncio.sleep(0.05)
    print(sproto.events)
    print(client.get_write_buffer_size(), client.is_closing())
    client.close()
    print(client.is_closing())
    await cproto.lost
    print(cproto.events)
    client.sendto(b"after close")
    server.abort()
    await sproto.lost
    print(sproto.events[-1])

asyncio.run(main())
