# A fork child that drops (and garbage-collects) the loop it inherited while
# a server listened on it: the parent's loop, whose descriptors the child's
# copy shared, goes on serving.
import asyncio
import gc
import os

async def handle(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()

async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"still served\n")
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line

loop = asyncio.new_event_loop()
server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", 0))
port = server.sockets[0].getsockname()[1]
loop.run_until_complete(asyncio.sleep(0.01))
pid = os.fork()
if pid == 0:
    del loop, server
    gc.collect()
    os._exit(0)
print("child exited:", os.waitpid(pid, 0)[1])
print(loop.run_until_complete(asyncio.wait_for(client(port), 5)))
server.close()
loop.run_until_complete(server.wait_closed())
loop.close()
