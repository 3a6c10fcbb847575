# JoinableQueue: join returns once every item had task_done; too many
# task_done calls raise ValueError.
from _mp import contexts


def worker(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 10)
        q.task_done()


if __name__ == "__main__":
    for method, ctx in contexts():
        q, out = ctx.JoinableQueue(), ctx.Queue()
        workers = [ctx.Process(target=worker, args=(q, out)) for _ in range(2)]
        for w in workers:
            w.start()
        for i in range(10):
            q.put(i)
        q.join()
        print(method, sorted(out.get(timeout=20) for _ in range(10)))
        for w in workers:
            q.put(None)
        q.join()
        for w in workers:
            w.join()
        try:
            q.task_done()
        except ValueError as e:
            print(e)
