# as_completed and wait over ProcessPoolExecutor futures.
import multiprocessing
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, as_completed, wait


def nap(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method)) as ex:
            futures = [ex.submit(nap, d) for d in (0.0, 0.01, 0.02, 0.0)]
            print(method, sorted(f.result() for f in as_completed(futures, timeout=20)))
            slow, fast = ex.submit(nap, 0.3), ex.submit(nap, 0.0)
            done, pending = wait([slow, fast], timeout=20, return_when=FIRST_COMPLETED)
            print(fast in done, slow in pending)
            done, pending = wait([slow, fast], timeout=20)
            print(len(done), len(pending))
