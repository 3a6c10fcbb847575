# itertools-heavy code: pairwise, islice over count, zip_longest, product, permutations,
# accumulate, groupby, tee, chain.from_iterable and starmap feeding sum/list.
import sys
import itertools as it
def run():
    total = 0
    for a, b in it.pairwise(range(300000)):
        total += a ^ b
    total += sum(it.islice(it.count(), 0, 600000, 3))
    total += sum(x for x, _ in it.zip_longest(range(200000), range(100), fillvalue=0))
    total += len(list(it.product(range(60), repeat=3)))
    total += len(list(it.permutations(range(8))))
    total += sum(it.accumulate(range(200000)))
    total += sum(len(list(g)) for _, g in it.groupby(sorted(range(200000), key=lambda v: v % 100), key=lambda v: v % 100))
    a, b = it.tee(range(200000))
    total += sum(map(lambda p, q: p - q, a, b))
    total += sum(it.chain.from_iterable([range(1000)] * 200))
    total += sum(it.starmap(pow, zip(range(100000), it.repeat(2))))
    return total
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
for _ in range(reps):
    result = run()
print(result, reps)
