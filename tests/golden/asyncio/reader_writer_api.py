# add_reader/add_writer/remove_* on sockets and descriptors: what they
# return, replacing a callback, the errors for bad descriptors and files.
import asyncio
import os
import socket
import tempfile

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    got = loop.create_future()
    loop.add_reader(a, print, "replaced")
    loop.add_reader(a.fileno(), lambda: got.set_result(a.recv(100)))
    b.send(b"ping")
    print(await got)
    print(loop.remove_reader(a), loop.remove_reader(a))
    writable = loop.create_future()
    loop.add_writer(b, writable.set_result, "writable")
    print(await writable)
    print(loop.remove_writer(b.fileno()), loop.remove_writer(b))
    for bad in (-1, "x", 3.5):
        try:
            loop.add_reader(bad, print)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    with tempfile.TemporaryFile() as f:
        try:
            loop.add_reader(f, print)
        except PermissionError as e:
            print("PermissionError", e.errno)
    r, w = os.pipe()
    loop.add_reader(r, print, "never: closed before the loop waits")
    os.close(r); os.close(w)
    await asyncio.sleep(0.01)
    print(loop.remove_reader(r))
    a.close(); b.close()

asyncio.run(main())
