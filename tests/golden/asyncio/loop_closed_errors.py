# What a closed loop refuses, closing a running loop, run_forever twice,
# and close() with readers and timers still registered.
import asyncio
import socket

loop = asyncio.new_event_loop()
a, b = socket.socketpair()
loop.add_reader(a, print, "never")
h = loop.call_later(10, print, "never")
loop.close()
print(loop.is_closed(), loop.is_running())
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("call_at", lambda: loop.call_at(0, print)),
                   ("add_reader", lambda: loop.add_reader(b, print)),
                   ("create_task", lambda: loop.create_task(coro)),
                   ("run_until_complete", lambda: loop.run_until_complete(coro))]:
    coro = asyncio.sleep(0)
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
    coro.close()
loop.close()
print("closed twice fine")
h.cancel()
a.close(); b.close()

async def close_running():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_running_loop().run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(close_running())
