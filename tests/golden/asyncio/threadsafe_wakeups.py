# Threads waking a loop that waits with nothing else to do: each
# call_soon_threadsafe must wake it (no timer is pending to end the wait).
import asyncio
import threading

async def main():
    loop = asyncio.get_running_loop()
    received = []
    done = loop.create_future()
    def on_item(item):
        received.append(item)
        if len(received) == 40:
            done.set_result(None)
    def worker(n):
        for i in range(10):
            loop.call_soon_threadsafe(on_item, (n, i))
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    await done
    for t in threads:
        t.join()
    print(len(received), sorted(received) == [(n, i) for n in range(4) for i in range(10)])
    for n in range(4):  # each thread's items arrive in its order
        print(n, [i for m, i in received if m == n] == list(range(10)))
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "from a thread"), loop)
    print(await asyncio.to_thread(fut.result, 5))

asyncio.run(main())
