# When a worker dies, every pending future (queued or running) fails with
# BrokenProcessPool and the executor shuts down without hanging.
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool


def work(x):
    if x == 0:
        time.sleep(0.2)
        os._exit(1)
    time.sleep(5)
    return x


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ex = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method))
        futures = [ex.submit(work, i) for i in range(5)]
        kinds = []
        for f in as_completed(futures, timeout=30):
            kinds.append(type(f.exception()).__name__)
        print(method, kinds)
        ex.shutdown()
