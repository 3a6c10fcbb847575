# multiprocessing's locks, semaphores and events on _multiprocessing.SemLock,
# a forked Process taking a lock, and shared_memory written by a child.
import multiprocessing as mp
from multiprocessing import shared_memory

ctx = mp.get_context("fork")
lock = ctx.Lock()
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except ValueError as e:
    print(type(e).__name__, e)
rlock = ctx.RLock()
print(rlock.acquire(), rlock.acquire(), rlock._semlock._count(), rlock._semlock._is_mine())
rlock.release()
rlock.release()
sem = ctx.Semaphore(2)
print(sem.get_value(), sem.acquire(), sem.acquire(), sem.acquire(False), sem.get_value())
sem.release()
sem.release()
event = ctx.Event()
print(event.is_set(), event.wait(0.01))
event.set()
print(event.is_set(), event.wait(0.01))


def take(lock):
    with lock:
        pass


p = ctx.Process(target=take, args=(lock,))
p.start()
p.join()
print("exitcode", p.exitcode)


def write(name):
    shm = shared_memory.SharedMemory(name)
    shm.buf[0] = ord("A")
    shm.close()


sm = shared_memory.SharedMemory(create=True, size=64)
sm.buf[:3] = b"abc"
q = ctx.Process(target=write, args=(sm.name,))
q.start()
q.join()
print(bytes(sm.buf[:3]), q.exitcode)
sm.close()
sm.unlink()
shared = shared_memory.ShareableList([1, 2.5, "x", b"y", None])
print(list(shared))
shared.shm.close()
shared.shm.unlink()
