# A signal handler added with add_signal_handler runs while the loop is
# blocked in a long wait; a second handler replaces the first; removing it
# restores the default disposition.
import asyncio
import os
import signal
import threading

async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, print, "first handler")
    loop.add_signal_handler(signal.SIGUSR1, lambda: got.set_result("second handler"))
    threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGUSR1)).start()
    print(await asyncio.wait_for(got, 5))
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.add_signal_handler(1000, print)
    except ValueError as e:
        print("ValueError:", e)
    try:
        loop.add_signal_handler(signal.SIGUSR2, asyncio.sleep)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
