# CPU-bound work in parallel: ProcessPoolExecutor.map counting primes in 16
# ranges on 2 worker processes (fork), against the pool's start-up and the
# pickling of tasks and results.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


if __name__ == "__main__":
    limit, parts = 400000, 16
    step = limit // parts
    spans = [(lo, lo + step) for lo in range(0, limit, step)]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as ex:
        print(sum(ex.map(count_primes, *zip(*spans))))
