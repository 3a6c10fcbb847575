# Cancelling queued ProcessPoolExecutor work, and shutdown(cancel_futures=True).
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def nap(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ex = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method))
        first = ex.submit(nap, 0.5)
        rest = [ex.submit(nap, 0) for _ in range(8)]
        print(method, rest[-1].cancel(), rest[-1].cancelled())
        ex.shutdown(wait=True, cancel_futures=True)
        print(first.result(), first.cancelled(), any(f.cancelled() for f in rest[:-1]))
        print(all(f.done() for f in rest))
