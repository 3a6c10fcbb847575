# Manager Queue, Event, Semaphore, Value and Array proxies between processes.
from _mp import contexts


def work(q, ev, v, arr):
    q.put("from child")
    v.value += 5
    arr[0] = 99
    ev.set()


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Manager() as manager:
            q, ev = manager.Queue(), manager.Event()
            v, arr = manager.Value("i", 1), manager.Array("i", [1, 2, 3])
            sem = manager.Semaphore(1)
            p = ctx.Process(target=work, args=(q, ev, v, arr))
            p.start()
            print(method, ev.wait(20), q.get(timeout=20), v.value, list(arr), len(arr))
            p.join()
            print(sem.acquire(), sem.acquire(timeout=0.01), q.empty(), q.qsize())
            sem.release()
