# Pool.imap keeps order, imap_unordered yields each result once; next with
# a timeout on the iterator.
from _mp import contexts


def cube(x):
    return x ** 3


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            print(method, list(pool.imap(cube, range(8))))
            print(list(pool.imap(cube, range(20), chunksize=4))[-3:])
            print(sorted(pool.imap_unordered(cube, range(12))))
            print(sorted(pool.imap_unordered(cube, range(12), chunksize=5)))
            it = pool.imap(cube, [5, 6])
            print(it.next(timeout=20), next(it))
            try:
                next(it)
            except StopIteration:
                print("StopIteration")
