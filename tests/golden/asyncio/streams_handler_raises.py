# fault: a handler that raises is logged by the loop; the server keeps serving
import asyncio

count = 0

async def handle(reader, writer):
    global count
    count += 1
    line = await reader.readline()
    if line == b"bad\n":
        writer.close()
        raise ValueError("handler failed")
    writer.write(b"ok\n")
    await writer.drain()
    writer.close()

def exception_handler(loop, context):
    print("handler report:", context["message"], repr(context.get("exception")))

async def main():
    asyncio.get_running_loop().set_exception_handler(exception_handler)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for msg in [b"bad\n", b"good\n"]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(msg)
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
        await asyncio.sleep(0.05)
    print(count, server.is_serving())
    server.close()
    await server.wait_closed()

asyncio.run(main())
