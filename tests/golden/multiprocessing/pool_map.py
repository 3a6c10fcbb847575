# Pool.map with and without chunksize, an empty iterable and a generator.
from _mp import contexts, zombies


def square(x):
    return x * x


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            print(method, pool.map(square, range(10)))
            print(pool.map(square, range(7), chunksize=3), pool.map(square, []))
            print(sum(pool.map(square, (i for i in range(100)), 8)))
        pool.join()
    print("zombies", zombies())
