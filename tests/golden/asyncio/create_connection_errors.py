# create_connection/create_server argument errors and refusals.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno)
    for kwargs in ({}, {"sock": socket.socket(), "host": "127.0.0.1", "port": 1}):
        try:
            await loop.create_connection(asyncio.Protocol, **kwargs)
        except ValueError as e:
            print("ValueError:", e)
        finally:
            if "sock" in kwargs:
                kwargs["sock"].close()
    try:
        await loop.create_server(asyncio.Protocol, "127.0.0.1", 0, reuse_port=True, sock=socket.socket())
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(loop.create_connection(asyncio.Protocol, "127.0.0.1", port), 1)
    except OSError as e:
        print(type(e).__name__)

asyncio.run(main())
