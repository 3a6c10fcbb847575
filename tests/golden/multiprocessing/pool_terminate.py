# Pool.terminate stops workers in the middle of long tasks without hanging.
import time
from _mp import contexts, zombies


def sleep(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    for method, ctx in contexts():
        pool = ctx.Pool(2)
        print(method, pool.apply(sleep, (0,)))
        r = pool.map_async(sleep, [30, 30])
        time.sleep(0.1)
        pool.terminate()
        pool.join()
        print("terminated", r.ready())
        with ctx.Pool(1) as p2:
            p2.apply_async(sleep, (30,))
        print("context exit terminates")
    print("zombies", zombies())
