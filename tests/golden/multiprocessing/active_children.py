# active_children lists running children and reaps finished ones, leaving no
# zombies even for processes never joined.
import multiprocessing as mp
import time
from _mp import contexts, zombies


def nap(t):
    time.sleep(t)


if __name__ == "__main__":
    for method, ctx in contexts():
        procs = [ctx.Process(target=nap, args=(t,), name=f"{method}-{i}") for i, t in enumerate((0.0, 20))]
        for p in procs:
            p.start()
        procs[0].join()
        print(method, sorted(p.name for p in mp.active_children()))
        procs[1].terminate()
        time.sleep(0.2)
        print(sorted(p.name for p in mp.active_children()), procs[1].exitcode)
    print("zombies", zombies())
