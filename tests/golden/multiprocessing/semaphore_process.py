# A Semaphore(2) shared by four processes: never more than two inside at once.
# BoundedSemaphore refuses an extra release.
import time
from multiprocessing import shared_memory
from _mp import contexts


def enter(sem, lock, name):
    shm = shared_memory.SharedMemory(name)
    with sem:
        with lock:
            shm.buf[0] += 1
            shm.buf[1] = max(shm.buf[1], shm.buf[0])
        time.sleep(0.05)
        with lock:
            shm.buf[0] -= 1
    shm.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        sem, lock = ctx.Semaphore(2), ctx.Lock()
        shm = shared_memory.SharedMemory(create=True, size=2)
        shm.buf[0] = shm.buf[1] = 0
        procs = [ctx.Process(target=enter, args=(sem, lock, shm.name)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(method, shm.buf[0], shm.buf[1] <= 2, sem.get_value())
        shm.close()
        shm.unlink()
        bsem = ctx.BoundedSemaphore(1)
        bsem.acquire()
        bsem.release()
        try:
            bsem.release()
        except ValueError as e:
            print("ValueError", e)
