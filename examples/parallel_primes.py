"""Parallel work in Python: threads for I/O-bound tasks, processes for CPU-bound.

Counting primes is pure computation, so it is split into ranges that run in
worker processes, once with concurrent.futures.ProcessPoolExecutor and once
with multiprocessing.Pool, under each start method (fork, spawn,
forkserver). Waiting is not computation, so the simulated downloads run on
threads: eight of them overlap their 0.1 s waits instead of queueing.
Run it with `taipan examples/parallel_primes.py [LIMIT [METHOD,...]]`.
"""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def ranges(limit, parts):
    step = -(-limit // parts)
    return [(lo, min(lo + step, limit)) for lo in range(0, limit, step)]


def with_executor(limit, ctx):
    spans = ranges(limit, 8)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        return sum(ex.map(count_primes, *zip(*spans)))


def with_pool(limit, ctx):
    with ctx.Pool(2) as pool:
        return sum(pool.starmap(count_primes, ranges(limit, 8)))


def fake_download(name):
    time.sleep(0.1)  # stands for network latency: the thread just waits
    return name, len(name) * 1000


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    methods = sys.argv[2].split(",") if len(sys.argv) > 2 else ["fork", "spawn", "forkserver"]
    print(f"primes below {limit}: {count_primes(0, limit)} (one process)")
    for method in methods:
        ctx = multiprocessing.get_context(method)
        print(f"  {method:<10} ProcessPoolExecutor: {with_executor(limit, ctx)}"
              f"  Pool: {with_pool(limit, ctx)}")
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as ex:
        sizes = dict(ex.map(fake_download, [f"file{i}.dat" for i in range(8)]))
    overlapped = time.monotonic() - start < 0.8
    print(f"downloaded {len(sizes)} files, {sum(sizes.values())} bytes; waits overlapped: {overlapped}")


if __name__ == "__main__":
    main()
