# Waiting on process sentinels with multiprocessing.connection.wait.
import time
from multiprocessing.connection import wait
from _mp import contexts


def nap(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    for method, ctx in contexts():
        procs = [ctx.Process(target=nap, args=(s,)) for s in (0.0, 0.3)]
        for p in procs:
            p.start()
        ready = wait([p.sentinel for p in procs], timeout=20)
        print(method, [p.sentinel in ready for p in procs])
        for p in procs:
            p.join()
        print(wait([p.sentinel for p in procs], timeout=0) != [], [p.exitcode for p in procs])
