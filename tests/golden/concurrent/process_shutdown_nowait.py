# ProcessPoolExecutor.shutdown(wait=False) returns at once; the program still
# exits cleanly after its futures finish, with no zombies.
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "multiprocessing"))
from _mp import zombies


def nap(x):
    time.sleep(0.1)
    return x


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ex = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method))
        futures = [ex.submit(nap, i) for i in range(3)]
        ex.shutdown(wait=False)
        print(method, [f.result(timeout=20) for f in futures])
        ex.shutdown(wait=True)
    print("zombies", zombies())
