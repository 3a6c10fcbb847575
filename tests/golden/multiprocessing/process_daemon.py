# Daemon processes: the flag, inheritance of the default, their children
# forbidden, and termination at the parent's exit.
import multiprocessing as mp
import time
from _mp import contexts


def nothing():
    pass


def spawn_child(q):
    try:
        mp.Process(target=nothing).start()
    except AssertionError as e:
        q.put(str(e))


def forever():
    time.sleep(60)


if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue()
        p = ctx.Process(target=spawn_child, args=(q,), daemon=True)
        print(method, p.daemon, end=" ")
        p.start()
        print(q.get(timeout=20), end=" ")
        p.join()
        print(p.exitcode)
        try:
            p.daemon = False
        except AssertionError as e:
            print("set after start:", e)
        d = ctx.Process(target=forever, daemon=True)
        d.start()
        print("alive", d.is_alive())
    print("exiting with daemons running")
