# A ProcessPoolExecutor worker killed with SIGKILL breaks the pool: every
# pending future raises BrokenProcessPool and new submits are refused; no
# zombie is left behind.
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "multiprocessing"))
from _mp import zombies


def die():
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ex = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method))
        print(method, ex.submit(abs, -3).result(timeout=20))
        doomed = ex.submit(die)
        try:
            doomed.result(timeout=20)
        except BrokenProcessPool as e:
            print("BrokenProcessPool", e)
        try:
            ex.submit(abs, 1)
        except BrokenProcessPool as e:
            print("submit:", type(e).__name__)
        ex.shutdown()
    print("zombies", zombies())
