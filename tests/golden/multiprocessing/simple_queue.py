# SimpleQueue: put/get/empty/close between processes.
from _mp import contexts


def square_all(q, out):
    while (x := q.get()) is not None:
        out.put(x * x)
    out.put("done")


if __name__ == "__main__":
    for method, ctx in contexts():
        q, out = ctx.SimpleQueue(), ctx.SimpleQueue()
        print(method, q.empty())
        p = ctx.Process(target=square_all, args=(q, out))
        p.start()
        for i in range(5):
            q.put(i)
        q.put(None)
        print([out.get() for _ in range(6)])
        p.join()
        print(out.empty(), p.exitcode)
        q.close()
        out.close()
        try:
            q.get()
        except OSError as e:
            print(type(e).__name__)
