# signals: add_signal_handler with arguments, replacing and removing handlers, bad signals
import asyncio
import os
import signal

async def main():
    loop = asyncio.get_running_loop()
    got = []
    done = asyncio.Event()
    def handler(tag, n):
        got.append((tag, n))
        if len(got) == 2:
            done.set()
    loop.add_signal_handler(signal.SIGUSR1, handler, "first", 1)
    loop.add_signal_handler(signal.SIGUSR1, handler, "second", 2)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    loop.add_signal_handler(signal.SIGUSR2, handler, "usr2", 3)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.wait_for(done.wait(), 5)
    print(got)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(loop.remove_signal_handler(signal.SIGUSR2))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    for sig, cb in [(signal.SIGKILL, handler), (signal.SIGSTOP, handler), (999, handler), ("x", handler)]:
        try:
            loop.add_signal_handler(sig, cb)
        except (RuntimeError, ValueError, TypeError) as e:
            print(type(e).__name__, e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, coro)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
