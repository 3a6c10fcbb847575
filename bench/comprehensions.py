# Comprehensions of every kind: list, set, dict and generator expressions,
# nested, filtered and with conditional expressions, over ints and strings.
import sys


def work(n):
    words = ['w%d' % (i * 7919 % 1000) for i in range(n)]
    lengths = {w: len(w) for w in words}
    squares = [i * i for i in range(n) if i % 3]
    grid = [[(x * y) % 7 for x in range(40)] for y in range(n // 40)]
    flat = [v for row in grid for v in row if v]
    unique = sorted({w[1:] for w in words})
    parity = ['even' if i % 2 == 0 else 'odd' for i in range(n)]
    total = sum(x for x in squares if x % 5 == 1)
    pairs = {(i, j): i * j for i in range(60) for j in range(60) if (i + j) % 4 == 0}
    inverted = {v: k for k, v in lengths.items()}
    return (len(lengths), sum(squares) % 1000003, len(flat), len(unique), parity.count('odd'),
            total % 1000003, sum(pairs.values()), sorted(inverted.items())[:2])


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
for _ in range(reps):
    result = work(100000)
print(result, reps)
