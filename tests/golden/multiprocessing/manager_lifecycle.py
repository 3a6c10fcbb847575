# A Manager started and shut down explicitly; its proxies fail afterwards;
# a custom BaseManager serving a registered class.
import multiprocessing.managers as managers
from _mp import contexts


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n


class MyManager(managers.BaseManager):
    pass


MyManager.register("Counter", Counter)


def use(c):
    c.add(10)


if __name__ == "__main__":
    for method, ctx in contexts():
        m = ctx.Manager()
        d = m.dict(x=1)
        print(method, d["x"])
        m.shutdown()
        try:
            d["x"]
        except Exception as e:
            print("after shutdown:", type(e).__name__)
        with MyManager(ctx=ctx) as mm:
            c = mm.Counter()
            print(c.add(1), type(c).__name__)
            p = ctx.Process(target=use, args=(c,))
            p.start()
            p.join()
            print(c.get())
