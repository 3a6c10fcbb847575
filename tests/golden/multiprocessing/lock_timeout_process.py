# A Lock held by a child: the parent's acquire times out, then succeeds once
# the child releases it; a Semaphore(0) acquire with a timeout returns False.
from _mp import contexts


def hold(lock, taken, release):
    with lock:
        taken.set()
        release.wait(20)


if __name__ == "__main__":
    for method, ctx in contexts():
        lock, taken, release = ctx.Lock(), ctx.Event(), ctx.Event()
        p = ctx.Process(target=hold, args=(lock, taken, release))
        p.start()
        taken.wait(20)
        print(method, lock.acquire(timeout=0.05), lock.acquire(False))
        release.set()
        print(lock.acquire(timeout=20))
        lock.release()
        p.join()
        print(ctx.Semaphore(0).acquire(timeout=0.01), p.exitcode)
