# A Barrier for three processes: every party passes, exactly one gets index 0
# per round, and abort breaks it.
import threading
from _mp import contexts


def party(barrier, q):
    for _ in range(2):
        q.put(barrier.wait(20))


if __name__ == "__main__":
    for method, ctx in contexts():
        barrier, q = ctx.Barrier(3), ctx.Queue()
        print(method, barrier.parties, barrier.n_waiting, barrier.broken)
        procs = [ctx.Process(target=party, args=(barrier, q)) for _ in range(2)]
        for p in procs:
            p.start()
        mine = [barrier.wait(20), barrier.wait(20)]
        got = sorted([q.get(timeout=20) for _ in range(4)] + mine)
        print(got)
        for p in procs:
            p.join()
        barrier.abort()
        try:
            barrier.wait(1)
        except threading.BrokenBarrierError:
            print("BrokenBarrierError", barrier.broken)
