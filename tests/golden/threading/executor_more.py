# ThreadPoolExecutor: initializer, map with timeout-free chunks, cancel of
# queued work, shutdown(wait=True) running pending tasks, done callbacks.
import threading
from concurrent.futures import ThreadPoolExecutor

names = set()
def init(tag):
    names.add(tag)

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
    first = ex.submit(gate.wait)
    queued = [ex.submit(pow, 2, i) for i in range(5)]
    cancelled = queued[-1].cancel()
    gate.set()
    results = [f.result() for f in queued[:-1]]
    done = []
    f = ex.submit(lambda: 5)
    f.add_done_callback(lambda fut: done.append(fut.result()))
print(names, cancelled, results, queued[-1].cancelled(), first.result(), done)

with ThreadPoolExecutor(4) as ex:
    print(sum(ex.map(lambda x: x * 3, range(1000))))
