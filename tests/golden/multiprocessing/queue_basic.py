# multiprocessing.Queue between processes: FIFO order, objects of many types,
# qsize/empty after the feeder thread flushes, get_nowait raising Empty.
import queue
from _mp import contexts


def echo(inq, outq):
    for item in iter(inq.get, None):
        outq.put(item)


if __name__ == "__main__":
    items = [1, "two", 3.0, (4, [5]), {"six": 6}, b"seven", None]
    for method, ctx in contexts():
        inq, outq = ctx.Queue(), ctx.Queue()
        try:
            outq.get_nowait()
        except queue.Empty:
            print(method, "Empty")
        p = ctx.Process(target=echo, args=(inq, outq))
        p.start()
        for item in items:
            inq.put(item)
        print([outq.get(timeout=20) for _ in items[:-1]])
        p.join()
        print(p.exitcode, outq.empty())
