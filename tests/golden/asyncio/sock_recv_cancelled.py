# loop.sock_* calls cancelled while they wait, timed out by wait_for, then
# the same socket used again; the peer's close reads as b''.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    task = asyncio.create_task(loop.sock_recv(a, 100))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    try:
        await asyncio.wait_for(loop.sock_recv(a, 100), 0.05)
    except TimeoutError:
        print("timed out")
    await loop.sock_sendall(b, b"after")
    print(await loop.sock_recv(a, 100))
    buf = bytearray(3)
    await loop.sock_sendall(b, b"xyz")
    print(await loop.sock_recv_into(a, buf), buf)
    b.close()
    print(await loop.sock_recv(a, 100))
    for s in (a, b):
        s.close()

asyncio.run(main())
