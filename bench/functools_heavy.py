# functools and friends in a realistic loop: lru_cache hits and misses,
# partial calls, sorting with operator.itemgetter/attrgetter, and
# isinstance checks against collections.abc ABCs.
import sys
from collections.abc import Iterable, Mapping, Sequence, Sized
from functools import lru_cache, partial, reduce
from operator import add, attrgetter, itemgetter


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=256)
def score(word, weight=1):
    return sum(map(ord, word)) * weight


class Record:
    __slots__ = ("name", "size")

    def __init__(self, name, size):
        self.name = name
        self.size = size


def classify(value):
    if isinstance(value, Mapping):
        return 0
    if isinstance(value, Sequence):
        return 1
    if isinstance(value, Sized):
        return 2
    if isinstance(value, Iterable):
        return 3
    return 4


def run():
    total = 0
    for i in range(200000):
        total += fib(i % 90)
    words = ["w%d" % (i % 500) for i in range(100000)]
    for w in words:
        total += score(w)
    scale = partial(pow, 2)
    clamp = partial(min, 1000)
    for i in range(100000):
        total += clamp(scale(i % 12))
    rows = [(i % 97, -i, "r%d" % i) for i in range(50000)]
    for key in (itemgetter(0), itemgetter(1, 0)):
        total += sorted(rows, key=key)[0][1]
    records = [Record("n%d" % (i % 1000), i % 313) for i in range(50000)]
    total += sorted(records, key=attrgetter("size", "name"))[-1].size
    samples = [{}, [], (), "s", {1}, range(3), 5, iter(()), b"b", 2.0]
    counts = [0] * 5
    for i in range(100000):
        counts[classify(samples[i % 10])] += 1
    total += reduce(add, counts)
    return total % 1000000007, counts


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 4
for _ in range(reps):
    result = run()
print(result, reps)
