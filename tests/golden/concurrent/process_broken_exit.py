# A worker leaving with os._exit breaks a ProcessPoolExecutor; map over it
# raises BrokenProcessPool instead of hanging.
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(x):
    if x == 2:
        os._exit(3)
    return x


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method)) as ex:
            try:
                print(list(ex.map(work, range(4))))
            except BrokenProcessPool as e:
                print(method, "BrokenProcessPool", type(e.__cause__).__name__)
