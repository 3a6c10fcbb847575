# fault: handlers raising for some clients are reported one by one; the other clients are served
import asyncio

reports = []

async def handle(reader, writer):
    n = int(await reader.readline())
    if n % 3 == 0:
        writer.close()
        raise RuntimeError(f"client {n} rejected")
    writer.write(b"%d\n" % (n * n))
    await writer.drain()
    writer.close()

def exception_handler(loop, context):
    reports.append((context["message"], str(context["exception"])))

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"%d\n" % n)
    data = await reader.read()
    writer.close()
    await writer.wait_closed()
    return data

async def main():
    asyncio.get_running_loop().set_exception_handler(exception_handler)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(await asyncio.gather(*(client(port, n) for n in range(1, 8))))
    await asyncio.sleep(0.05)
    for r in sorted(reports):
        print(r)
    print(server.is_serving())
    server.close()
    await server.wait_closed()

asyncio.run(main())
