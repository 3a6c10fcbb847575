# loop.sock_accept and sock_connect cancelled while waiting, then used
# again; a connection accepted after the cancelled accept is not lost.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    task = asyncio.create_task(loop.sock_accept(listener))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("accept cancelled")
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    conn, addr = await loop.sock_accept(listener)
    print("accepted", addr == client.getsockname())
    await loop.sock_sendall(client, b"over the accepted connection")
    conn.setblocking(False)
    print(await loop.sock_recv(conn, 100))
    for s in (conn, client, listener):
        s.close()

asyncio.run(main())
