# datagram endpoints: unconnected sendto, connection_lost, bad arguments
import asyncio

class Recorder(asyncio.DatagramProtocol):
    def __init__(self, log, done=None):
        self.log = log
        self.done = done
    def datagram_received(self, data, addr):
        self.log.append(data)
        if self.done and not self.done.done():
            self.done.set_result(None)
    def connection_lost(self, exc):
        self.log.append(("lost", exc))

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    rt, _ = await loop.create_datagram_endpoint(lambda: Recorder(log, done), local_addr=("127.0.0.1", 0))
    st, _ = await loop.create_datagram_endpoint(lambda: Recorder([]), family=2)
    st.sendto(b"unconnected", rt.get_extra_info("sockname"))
    await done
    rt.close()
    await asyncio.sleep(0)
    print(log)
    try:
        st.sendto("text", ("127.0.0.1", 9))
    except TypeError as e:
        print(e)
    st.close()
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol)
    except ValueError as e:
        print(e)

asyncio.run(main())
