# maxtasksperchild replaces each worker after its quota: with 1 task per
# child and 4 tasks, 4 distinct worker processes run.
import os
from _mp import contexts, zombies


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2, maxtasksperchild=1) as pool:
            pids = pool.map(pid, range(4), chunksize=1)
        print(method, len(pids), len(set(pids)), os.getpid() in pids)
        try:
            ctx.Pool(1, maxtasksperchild=0)
        except ValueError as e:
            print(e)
    print("zombies", zombies())
