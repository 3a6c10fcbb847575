# Server.serve_forever() in a task: cancelling the task closes the server;
# serving twice is refused; a closed server refuses to serve.
import asyncio

async def main():
    async def handle(reader, writer):
        writer.close()
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving before:", server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print("serving:", server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is already being awaited on serve_forever()"))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving after:", server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
