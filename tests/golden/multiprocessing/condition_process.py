# A Condition shared with child processes: notify_all wakes every waiter,
# wait_for with a predicate on shared memory, wait timing out.
from multiprocessing import shared_memory
from _mp import contexts


def waiter(cond, name, q, i):
    shm = shared_memory.SharedMemory(name)
    with cond:
        q.put(("ready", i))
        ok = cond.wait_for(lambda: shm.buf[0] == 1, timeout=20)
    q.put((i, ok))
    shm.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        cond, q = ctx.Condition(), ctx.Queue()
        shm = shared_memory.SharedMemory(create=True, size=1)
        shm.buf[0] = 0
        procs = [ctx.Process(target=waiter, args=(cond, shm.name, q, i)) for i in range(2)]
        for p in procs:
            p.start()
        print(method, sorted(q.get(timeout=20) for _ in procs))
        with cond:
            shm.buf[0] = 1
            cond.notify_all()
        print(sorted(q.get(timeout=20) for _ in procs))
        for p in procs:
            p.join()
        with cond:
            print(cond.wait(0.01))
        try:
            cond.notify()
        except AssertionError as e:
            print("AssertionError", e)
        shm.close()
        shm.unlink()
