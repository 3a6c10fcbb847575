# An Event set by one process wakes waiters in others; wait with a timeout.
from _mp import contexts


def waiter(ev, q, i):
    q.put((i, ev.wait(20)))


if __name__ == "__main__":
    for method, ctx in contexts():
        ev, q = ctx.Event(), ctx.Queue()
        print(method, ev.wait(0.01))
        procs = [ctx.Process(target=waiter, args=(ev, q, i)) for i in range(2)]
        for p in procs:
            p.start()
        ev.set()
        print(sorted(q.get(timeout=20) for _ in procs))
        for p in procs:
            p.join()
        ev.clear()
        print(ev.is_set(), ev.wait(0))
