# _multiprocessing.SemLock, the semaphore under multiprocessing's locks:
# recursive mutexes and counting semaphores, timeouts, release errors, and a
# lock shared with a forked child.
import _multiprocessing as M
import os

print(M.flags, M.SemLock.SEM_VALUE_MAX)
name = "/taipan-golden-sem-" + str(os.getpid())
lock = M.SemLock(1, 1, 1, name, True)
print(lock.kind, lock.maxvalue, lock.name, lock._count(), lock._is_mine(), lock._get_value(), lock._is_zero())
print(lock.acquire(), lock.acquire(False), lock.acquire(True, 0.05), lock._count(), lock._is_mine(), lock._is_zero())
lock.release()
try:
    lock.release()
except ValueError as e:
    print(type(e).__name__, e)

rlock = M.SemLock(0, 1, 1, name + "r", False)
print(rlock.name == name + "r", rlock.acquire(), rlock.acquire(), rlock._count())
rlock.release()
rlock.release()
try:
    rlock.release()
except AssertionError as e:
    print(type(e).__name__, e)
M.sem_unlink(name + "r")

sem = M.SemLock(1, 2, 3, name + "s", True)
print(sem._get_value(), sem.acquire(), sem.acquire(), sem.acquire(False), sem._get_value())
sem.release()
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)
with sem:
    print("inside", sem._get_value(), sem._count())

# The child takes the lock the parent holds only once the parent releases it.
lock.acquire()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    lock._after_fork()
    got = lock.acquire(True, 5)
    os.write(w, b"child acquired" if got else b"child timed out")
    lock.release()
    os._exit(0)
print("parent holds the lock")
lock.release()
print(os.read(r, 100))
os.waitpid(pid, 0)
print(lock.acquire(False))
lock.release()

for call in [lambda: M.SemLock(5, 1, 1, name + "x", True), lambda: M.sem_unlink(name + "missing"),
             lambda: M.SemLock(1, 1, 1, b"/bytes", True)]:
    try:
        call()
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
