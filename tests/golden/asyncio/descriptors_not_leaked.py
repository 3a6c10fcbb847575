# faults: after servers, clients that fail, datagrams and subprocesses, no descriptor is left open
import asyncio
import os
import sys

def open_fds():
    return sorted(int(n) for n in os.listdir("/proc/self/fd"))

async def handle(reader, writer):
    data = await reader.read(100)
    if data == b"crash":
        writer.close()
        raise ValueError("handler failed")
    writer.write(data)
    writer.close()

async def main():
    asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: None)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for msg in [b"hello", b"crash", b""]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        if msg:
            writer.write(msg)
        else:
            writer.transport.abort()
            continue
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    try:
        await asyncio.start_server(handle, "127.0.0.1", port)
    except OSError as e:
        print("in use", type(e).__name__)
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("refused", type(e).__name__)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0))
    transport.close()
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('child')", stdout=asyncio.subprocess.PIPE)
    print(await proc.communicate())
    await asyncio.sleep(0.05)

# A first loop may open what lives as long as the process (libuv's signal lock pipe).
asyncio.new_event_loop().close()
before = open_fds()
asyncio.run(main())
after = open_fds()
print("leaked:", [fd for fd in after if fd not in before])
