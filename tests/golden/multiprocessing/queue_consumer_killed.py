# A consumer killed with SIGKILL while the parent waits on its results: the
# parent's get times out with queue.Empty instead of hanging, and the
# producer side still closes cleanly.
import queue
import time
from _mp import contexts, zombies


def consume(inq, outq):
    outq.put(inq.get())
    time.sleep(30)


if __name__ == "__main__":
    for method, ctx in contexts():
        inq, outq = ctx.Queue(), ctx.Queue()
        p = ctx.Process(target=consume, args=(inq, outq))
        p.start()
        inq.put("first")
        print(method, outq.get(timeout=20))
        p.kill()
        p.join()
        inq.put("never read")
        try:
            outq.get(timeout=0.2)
        except queue.Empty:
            print("Empty", p.exitcode)
        inq.close()
        inq.join_thread()
    print("zombies", zombies())
