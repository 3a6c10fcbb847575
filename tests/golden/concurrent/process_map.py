# ProcessPoolExecutor.map with chunksize over several iterables; an exception
# stops iteration where it occurs; chunksize < 1 is refused.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def scale(x, k):
    return x * k


def check(x):
    if x == 5:
        raise ValueError(f"bad {x}")
    return x


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(method)) as ex:
            print(method, list(ex.map(scale, range(10), [3] * 10, chunksize=4)))
            print(sum(ex.map(abs, range(-500, 500), chunksize=50)))
            got = []
            try:
                for x in ex.map(check, range(10), chunksize=3):
                    got.append(x)
            except ValueError as e:
                print(got, e)
            try:
                ex.map(abs, [1], chunksize=0)
            except ValueError as e:
                print(e)
