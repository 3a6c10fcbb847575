# ProcessPoolExecutor initializer/initargs, and a failing initializer (the
# pool breaks).
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

config = {}


def init(value):
    config["value"] = value


def fail():
    raise ValueError("no")


def get(_):
    return config.get("value")


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        with ProcessPoolExecutor(2, mp_context=ctx, initializer=init, initargs=(method,)) as ex:
            print(sorted(set(ex.map(get, range(4)))))
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=fail) as ex:
            try:
                ex.submit(get, 0).result(timeout=20)
            except BrokenProcessPool as e:
                print("BrokenProcessPool", e)
