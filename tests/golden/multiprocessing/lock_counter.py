# A Lock guarding a counter in shared memory incremented by three processes:
# the total is exact.
import struct
from multiprocessing import shared_memory
from _mp import contexts


def bump(name, lock, n):
    shm = shared_memory.SharedMemory(name)
    for _ in range(n):
        with lock:
            (v,) = struct.unpack_from("q", shm.buf)
            struct.pack_into("q", shm.buf, 0, v + 1)
    shm.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        shm = shared_memory.SharedMemory(create=True, size=8)
        struct.pack_into("q", shm.buf, 0, 0)
        lock = ctx.Lock()
        procs = [ctx.Process(target=bump, args=(shm.name, lock, 300)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(method, struct.unpack_from("q", shm.buf)[0], [p.exitcode for p in procs])
        shm.close()
        shm.unlink()
