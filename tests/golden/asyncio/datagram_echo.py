# create_datagram_endpoint: UDP echo between two endpoints on 127.0.0.1
import asyncio

class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, q):
        self.q = q
    def datagram_received(self, data, addr):
        self.q.put_nowait(data)
    def error_received(self, exc):
        print("error", exc)

async def main():
    loop = asyncio.get_running_loop()
    st, sp = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    addr = st.get_extra_info("sockname")
    q = asyncio.Queue()
    ct, cp = await loop.create_datagram_endpoint(lambda: Client(q), remote_addr=addr)
    for msg in [b"one", b"two", b"three"]:
        ct.sendto(msg)
        print(await q.get())
    ct.close()
    st.close()
    await asyncio.sleep(0)
    print(ct.is_closing(), st.is_closing())

asyncio.run(main())
