# bisect agrees with a linear scan on random data, with and without key,
# over lists with many duplicates.
import bisect
import random

rng = random.Random(7)
for trial in range(20):
    data = sorted(rng.randint(0, 30) for _ in range(rng.randint(0, 40)))
    for x in range(-1, 32):
        left = sum(1 for v in data if v < x)
        right = sum(1 for v in data if v <= x)
        assert bisect.bisect_left(data, x) == left
        assert bisect.bisect_right(data, x) == right
        lo = rng.randint(0, len(data))
        hi = rng.randint(lo, len(data))
        assert bisect.bisect_left(data, x, lo, hi) == lo + sum(1 for v in data[lo:hi] if v < x)
    pairs = [(v, str(v)) for v in data]
    keyed = bisect.bisect_left(pairs, 15, key=lambda p: p[0])
    assert keyed == sum(1 for v in data if v < 15)
print("agree")
items = []
for _ in range(200):
    bisect.insort_right(items, rng.random())
print(items == sorted(items), round(items[0], 6), round(items[-1], 6))
words = []
for w in "the quick brown fox jumps over the lazy dog and runs".split():
    bisect.insort(words, w, key=len)
print(words)
