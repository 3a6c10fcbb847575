# Process names, current_process and parent_process seen in the child, the
# target's args and kwargs, and a subclass overriding run().
import multiprocessing as mp
from _mp import contexts


def report(q, a, b=None):
    me = mp.current_process()
    q.put((me.name, a, b, mp.parent_process() is not None, me.daemon))


class Worker(mp.Process):
    def __init__(self, q, **kwargs):
        super().__init__(**kwargs)
        self.q = q

    def run(self):
        self.q.put(("run", self.name))


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    for method, ctx in contexts():
        q = ctx.Queue()
        p = ctx.Process(target=report, args=(q, 1), kwargs={"b": "two"}, name="reporter")
        p.start()
        print(method, q.get(timeout=20))
        p.join()
        w = Worker(q, name="sub")
        print(p.name, w.name)
        w.start()
        print(q.get(timeout=20))
        w.join()
        print(w.exitcode)
