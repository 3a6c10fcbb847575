# as_completed and wait over ProcessPoolExecutor futures. The slow task waits
# for a file the parent creates only after wait(FIRST_COMPLETED) has returned,
# so the order does not depend on how fast the workers start.
import multiprocessing
import os
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, as_completed, wait


def nap(x):
    time.sleep(x)
    return x


def wait_for_file(path):
    while not os.path.exists(path):
        time.sleep(0.005)
    return path


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for method in ("fork", "spawn", "forkserver"):
            flag = os.path.join(tmp, method)
            with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method)) as ex:
                futures = [ex.submit(nap, d) for d in (0.0, 0.01, 0.02, 0.0)]
                print(method, sorted(f.result() for f in as_completed(futures, timeout=20)))
                slow, fast = ex.submit(wait_for_file, flag), ex.submit(nap, 0.0)
                done, pending = wait([slow, fast], timeout=20, return_when=FIRST_COMPLETED)
                print(fast in done, slow in pending)
                open(flag, "w").close()
                done, pending = wait([slow, fast], timeout=20)
                print(len(done), len(pending))
