# fault: binding a port already in use raises EADDRINUSE; reuse_port lets two servers share it
import asyncio
import errno
import socket

async def main():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for kwargs in [{}, {"reuse_address": True}]:
        try:
            await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", port, **kwargs)
        except OSError as e:
            print(kwargs, type(e).__name__, e.errno == errno.EADDRINUSE)
    server.close()
    await server.wait_closed()
    a = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0, reuse_port=True)
    port = a.sockets[0].getsockname()[1]
    b = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", port, reuse_port=True)
    print(b.sockets[0].getsockname()[1] == port)
    for s in (a, b):
        s.close()
        await s.wait_closed()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    try:
        await asyncio.start_server(lambda r, w: None, sock=sock, host="127.0.0.1")
    except ValueError as e:
        print("ValueError", e)
    sock.close()

asyncio.run(main())
