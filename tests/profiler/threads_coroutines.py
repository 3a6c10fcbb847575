# Threads and coroutines under the sampling profiler: a named thread's
# stacks under its own root, and a coroutine awaited by another nested under
# it (tests/profiler/check_flamegraph.py).
import asyncio
import threading


def crunch(n):
    total = 0
    for i in range(n):
        total += i % 3
    return total


def spinner():
    for _ in range(10):
        crunch(50000)


async def inner(n):
    await asyncio.sleep(0)
    return crunch(n)


async def outer(n):
    return await inner(n)


async def main():
    results = []
    for _ in range(5):
        results.append(await outer(100000))
    return sum(results)


thread = threading.Thread(target=spinner, name="spinner")
thread.start()
thread.join()
print(asyncio.run(main()))
