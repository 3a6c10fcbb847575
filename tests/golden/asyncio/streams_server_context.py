# Server: async with, serve_forever cancelled, start_serving=False, sockets
import asyncio

async def handle(reader, writer):
    writer.write(b"hi")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    async with server:
        task = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0.01)
        print(server.is_serving())
        r, w = await asyncio.open_connection("127.0.0.1", port)
        print(await r.read())
        w.close()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("serve_forever cancelled")
    print(server.is_serving(), server.sockets)
    print(server.get_loop() is asyncio.get_running_loop())

asyncio.run(main())
