# A TaskGroup of clients where one fails mid-conversation: the others are
# cancelled while they wait on their sockets, the server sees every
# connection end, and the failure comes out as an ExceptionGroup.
import asyncio

async def main():
    ended = []
    cancelled = []
    async def handle(reader, writer):
        name = (await reader.readline()).decode().strip()
        while await reader.readline():
            pass
        ended.append(name)
        writer.close()

    async def client(port, name, fail):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(name.encode() + b"\n")
            await writer.drain()
            if fail:
                await asyncio.sleep(0.05)
                raise ValueError(name + " gave up")
            await reader.readline()  # the server never answers
        except asyncio.CancelledError:
            cancelled.append(name)  # in the order of TaskGroup's set of tasks: sorted below
            raise
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        try:
            async with asyncio.TaskGroup() as group:
                for i in range(3):
                    group.create_task(client(port, "client%d" % i, fail=i == 1))
        except* ValueError as eg:
            print("group failed:", [str(e) for e in eg.exceptions])
        print("cancelled:", sorted(cancelled))
        for _ in range(100):
            if len(ended) == 3:
                break
            await asyncio.sleep(0.01)
    print(sorted(ended))

asyncio.run(main())
