# StreamReader async iteration over lines, writelines, get_extra_info, sock= connections
import asyncio
import socket

async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.writelines([b"one\n", b"two\n", b"three"])
    w1.write_eof()
    lines = [line async for line in r2]
    print(lines)
    print(w1.get_extra_info("socket").family == socket.AF_UNIX, w1.get_extra_info("nonexistent", "dflt"))
    print(w1.transport.get_extra_info("peername"))
    for w in (w1, w2):
        w.close()
        await w.wait_closed()

asyncio.run(main())
