# ShareableList: mixed item types, updates from a child, index/count, and
# the format errors.
from multiprocessing import shared_memory
from _mp import contexts


def child(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = sl[0] * 2
    sl[1] = "XY"
    sl[3] = None
    sl.shm.close()


if __name__ == "__main__":
    for method, ctx in contexts():
        sl = shared_memory.ShareableList([21, "abcd", 2.5, True, b"raw", None])
        p = ctx.Process(target=child, args=(sl.shm.name,))
        p.start()
        p.join()
        print(method, list(sl), len(sl), sl.format)
        print(sl.index(2.5), sl.count(None))
        try:
            sl[1] = "much too long for the slot"
        except ValueError as e:
            print("ValueError", e)
        try:
            sl[10]
        except IndexError as e:
            print("IndexError", e)
        sl.shm.close()
        sl.shm.unlink()
