# Unix datagram endpoints bound to paths in a temporary directory
import asyncio
import os
import tempfile

class Recv(asyncio.DatagramProtocol):
    def __init__(self, q):
        self.q = q
    def datagram_received(self, data, addr):
        self.q.put_nowait((data, os.path.basename(addr) if addr else addr))

async def main():
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryDirectory() as d:
        q = asyncio.Queue()
        server_path = os.path.join(d, "srv")
        st, _ = await loop.create_datagram_endpoint(lambda: Recv(q), local_addr=server_path, family=1)
        ct, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=os.path.join(d, "cli"),
                                                    remote_addr=server_path, family=1)
        ct.sendto(b"over unix")
        print(await q.get())
        ct.close()
        st.close()

asyncio.run(main())
