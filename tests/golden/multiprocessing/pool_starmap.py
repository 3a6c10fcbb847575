# Pool.starmap and starmap_async unpack argument tuples.
import operator
from _mp import contexts


def describe(name, count, sep="-"):
    return sep.join([name] * count)


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            print(method, pool.starmap(operator.mul, [(2, 3), (4, 5), (6, 7)]))
            print(pool.starmap(describe, [("a", 2), ("bc", 3)], chunksize=1))
            r = pool.starmap_async(pow, [(2, 10), (3, 3)])
            print(r.get(timeout=20), r.successful())
