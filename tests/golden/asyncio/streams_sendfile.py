# loop.sendfile over a TCP transport and loop.sock_sendfile over a socket
import asyncio
import os
import socket
import tempfile

async def collect(reader, writer, out):
    out.append(await reader.read())
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryFile() as f:
        f.write(b"0123456789" * 1000)
        f.flush()
        f.seek(0)
        got = []
        done = asyncio.Event()
        async def handler(r, w):
            await collect(r, w, got)
            done.set()
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sent = await loop.sendfile(writer.transport, f, offset=100, count=5000)
        writer.close()
        await done.wait()
        print(sent, len(got[0]), got[0][:10])
        f.seek(0)
        got.clear()
        done.clear()
        sock = socket.create_connection(("127.0.0.1", port))
        sock.setblocking(False)
        print(await loop.sock_sendfile(sock, f))
        sock.close()
        await done.wait()
        print(len(got[0]))
        server.close()
        await server.wait_closed()

asyncio.run(main())
