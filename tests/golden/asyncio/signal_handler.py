# loop.add_signal_handler / remove_signal_handler; errors for bad signals
import asyncio
import os
import signal

async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, got.set_result, "usr1 arrived")
    os.kill(os.getpid(), signal.SIGUSR1)
    print(await got)
    print(loop.remove_signal_handler(signal.SIGUSR1))
    print(loop.remove_signal_handler(signal.SIGUSR1))
    for bad in (signal.SIGKILL, 0, 1000):
        try:
            loop.add_signal_handler(bad, print)
        except (RuntimeError, ValueError) as e:
            print(type(e).__name__, e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print(e)
    count = 0
    def several():
        nonlocal count
        count += 1
    loop.add_signal_handler(signal.SIGUSR2, several)
    for _ in range(3):
        os.kill(os.getpid(), signal.SIGUSR2)
        await asyncio.sleep(0.05)
    print(count)
    loop.remove_signal_handler(signal.SIGUSR2)

asyncio.run(main())
