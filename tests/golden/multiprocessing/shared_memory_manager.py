# SharedMemoryManager hands out blocks and lists and frees them on exit.
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager
from _mp import contexts


def total(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = sum(sl[i] for i in range(1, len(sl)))
    sl.shm.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        with SharedMemoryManager(ctx=ctx) as smm:
            block = smm.SharedMemory(size=16)
            sl = smm.ShareableList([0, 1, 2, 3, 4])
            p = ctx.Process(target=total, args=(sl.shm.name,))
            p.start()
            p.join()
            print(method, block.size >= 16, sl[0])
            name = sl.shm.name
        try:
            shared_memory.SharedMemory(name=name)
        except FileNotFoundError:
            print("freed")
