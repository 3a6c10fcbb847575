# datagram: create_datagram_endpoint argument errors
import asyncio
import re
import socket

async def main():
    loop = asyncio.get_running_loop()
    P = asyncio.DatagramProtocol
    cases = [
        dict(),
        dict(family=socket.AF_INET, local_addr=("127.0.0.1", 0), reuse_address=True),
        dict(local_addr=("127.0.0.1", 0), sock=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)),
        dict(sock=socket.socket(socket.AF_INET, socket.SOCK_STREAM)),
        dict(local_addr="not a tuple", family=socket.AF_INET),
    ]
    for kwargs in cases:
        try:
            t, _ = await loop.create_datagram_endpoint(P, **kwargs)
            print("ok", t.get_extra_info("socket").family.name)
            t.close()
        except (ValueError, TypeError, OSError) as e:
            print(type(e).__name__, re.sub(r"fd=\d+", "fd=N", str(e)))
        sock = kwargs.get("sock")
        if sock is not None:
            sock.close()

asyncio.run(main())
