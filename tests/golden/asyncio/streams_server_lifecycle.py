# streams: Server attributes through start_serving=False, start_serving, close and wait_closed
import asyncio

async def handle(reader, writer):
    writer.write(b"hi\n")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print(server.is_serving(), len(server.sockets), server.get_loop() is asyncio.get_running_loop())
    await server.start_serving()
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    async with server:
        print("in context", server.is_serving())
    print(server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError")
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
