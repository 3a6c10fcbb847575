# SharedMemory: create, attach by name from a child, sizes, unlink, and
# attaching to a missing name.
from multiprocessing import shared_memory
from _mp import contexts


def child(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = bytes(shm.buf[:5]).upper()
    shm.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        shm = shared_memory.SharedMemory(create=True, size=100)
        print(method, shm.size >= 100, len(shm.buf) >= 100, bytes(shm.buf[:3]))
        shm.buf[:5] = b"hello"
        p = ctx.Process(target=child, args=(shm.name,))
        p.start()
        p.join()
        print(bytes(shm.buf[:5]), p.exitcode)
        name = shm.name
        shm.close()
        shm.unlink()
        try:
            shared_memory.SharedMemory(name=name)
        except FileNotFoundError:
            print("FileNotFoundError")
    for bad in ({"create": True, "size": 0}, {"create": True, "size": -1}):
        try:
            shared_memory.SharedMemory(**bad)
        except ValueError as e:
            print("ValueError", e)
