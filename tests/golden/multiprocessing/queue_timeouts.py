# Queue get/put with timeouts and block=False on a bounded queue.
import queue
from _mp import contexts

if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue(maxsize=2)
        try:
            q.get(timeout=0.05)
        except queue.Empty:
            print(method, "get timed out")
        q.put(1)
        q.put(2, block=False)
        print(q.full())
        for attempt in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.05), lambda: q.put_nowait(3)):
            try:
                attempt()
            except queue.Full:
                print("Full")
        print(q.get(), q.get(timeout=5), q.empty())
        q.close()
        q.join_thread()
        try:
            q.put(4)
        except ValueError as e:
            print(str(e).endswith("is closed"))
