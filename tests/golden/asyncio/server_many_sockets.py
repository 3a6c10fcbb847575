# start_server with sock= and reuse options; Server.sockets are TransportSockets
import asyncio
import socket

async def handle(reader, writer):
    writer.write(b"served")
    writer.close()

async def main():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    server = await asyncio.start_server(handle, sock=s)
    sock = server.sockets[0]
    print(type(sock).__name__, sock.family.name, sock.type.name)
    try:
        sock.recv(1)
    except Exception as e:
        print(type(e).__name__)
    port = sock.getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(await r.read())
    w.close()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.start_server(handle, "127.0.0.1", 0, sock=s)
    except ValueError as e:
        print(e)

asyncio.run(main())
