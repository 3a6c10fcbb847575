# ProcessPoolExecutor(max_tasks_per_child=1) replaces each worker after one
# task (spawn and forkserver; fork is refused for it).
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    for method in ("spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        with ProcessPoolExecutor(1, mp_context=ctx, max_tasks_per_child=1) as ex:
            pids = [ex.submit(pid, i).result(timeout=20) for i in range(2)]
        print(method, len(set(pids)), os.getpid() in pids)
