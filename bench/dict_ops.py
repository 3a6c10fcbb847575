# Dict-heavy code: building, lookups, updates, iteration with string and int keys.
import sys


def run():
    counts = {}
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for i in range(300000):
        w = words[i % 8]
        counts[w] = counts.get(w, 0) + 1
    squares = {i: i * i for i in range(100000)}
    total = 0
    for k, v in squares.items():
        if k in counts or v % 3 == 0:
            total += 1
    for i in range(0, 100000, 2):
        del squares[i]
    return sorted(counts.items()), total, len(squares)

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 9
for _ in range(reps):
    result = run()
print(result, reps)
