# loop.sock_* coroutines over a socketpair and a listening socket
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"ping")
    print(await loop.sock_recv(b, 10))
    buf = bytearray(4)
    await loop.sock_sendall(b, b"pong")
    n = await loop.sock_recv_into(a, buf)
    print(n, bytes(buf))
    a.close(); b.close()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0)); srv.listen(); srv.setblocking(False)
    cli = socket.socket(); cli.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(srv))
    await loop.sock_connect(cli, srv.getsockname())
    conn, addr = await accept
    print(addr[0], conn.getblocking())
    await loop.sock_sendall(cli, b"over tcp")
    print(await loop.sock_recv(conn, 100))
    for s in (conn, cli, srv):
        s.close()
    loop.set_debug(True)
    blocking = socket.socket()
    try:
        await loop.sock_recv(blocking, 1)
    except ValueError as e:
        print(e)
    blocking.close()
    loop.set_debug(False)

asyncio.run(main())
