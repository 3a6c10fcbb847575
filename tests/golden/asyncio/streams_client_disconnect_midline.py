# fault: a client that sends half a record and disconnects; the server sees the partial record and keeps serving
import asyncio

results = []

async def handle(reader, writer):
    try:
        header = await reader.readexactly(4)
        body = await reader.readexactly(int(header))
        results.append(("ok", body))
        writer.write(b"got " + body)
        await writer.drain()
    except asyncio.IncompleteReadError as e:
        results.append(("incomplete", e.partial, e.expected))
    finally:
        writer.close()

async def send(port, data):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await send(port, b"0010abc")
    await asyncio.sleep(0.05)
    await send(port, b"00")
    await asyncio.sleep(0.05)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"0003xyz")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    for r in results:
        print(r)
    server.close()
    await server.wait_closed()

asyncio.run(main())
