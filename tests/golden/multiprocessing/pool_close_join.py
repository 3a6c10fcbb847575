# Pool.close then join waits for queued work; a closed pool refuses new work;
# join before close is an error.
from _mp import contexts, zombies


def double(x):
    return 2 * x


if __name__ == "__main__":
    for method, ctx in contexts():
        pool = ctx.Pool(2)
        try:
            pool.join()
        except ValueError as e:
            print(method, "join first:", e)
        results = [pool.apply_async(double, (i,)) for i in range(6)]
        pool.close()
        try:
            pool.map(double, [1])
        except ValueError as e:
            print("after close:", e)
        pool.join()
        print([r.get() for r in results])
    print("zombies", zombies())
