# An RLock is reentrant for its owner and blocks another process until fully
# released; releasing an unowned RLock raises.
import time
from _mp import contexts


def try_take(rlock, q):
    q.put(rlock.acquire(timeout=0.05))
    q.put(rlock.acquire(timeout=20))
    rlock.release()


if __name__ == "__main__":
    for method, ctx in contexts():
        rlock, q = ctx.RLock(), ctx.Queue()
        rlock.acquire()
        rlock.acquire()
        p = ctx.Process(target=try_take, args=(rlock, q))
        p.start()
        print(method, q.get(timeout=20), "<" in repr(rlock))
        rlock.release()
        time.sleep(0.05)
        rlock.release()
        print(q.get(timeout=20))
        p.join()
        try:
            rlock.release()
        except AssertionError as e:
            print("AssertionError", e)
