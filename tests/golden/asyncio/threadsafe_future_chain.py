# concurrent.futures results bridged into the loop from worker threads
import asyncio
import concurrent.futures
import threading

def produce(cf, value, ev):
    ev.wait()
    cf.set_result(value)

async def main():
    ev = threading.Event()
    cfs = [concurrent.futures.Future() for _ in range(3)]
    threads = [threading.Thread(target=produce, args=(cf, i * 11, ev)) for i, cf in enumerate(cfs)]
    for t in threads:
        t.start()
    afs = [asyncio.wrap_future(cf) for cf in cfs]
    ev.set()
    print(await asyncio.gather(*afs))
    for t in threads:
        t.join()
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    af.cancel()
    await asyncio.sleep(0)
    print(cf.cancelled())

asyncio.run(main())
