# Tuple and list unpacking: swaps, multiple assignment, starred targets,
# nested patterns, iteration over pairs and unpacking in calls.
import sys


def work(n):
    a, b = 0, 1
    total = 0
    pairs = [(i, i * 2) for i in range(1000)]
    triples = [[i, -i, i % 7] for i in range(1000)]
    for _ in range(n):
        for x, y in pairs:
            a, b = b, (a + x + y) & 0xFFFF
        for p, q, r in triples:
            total += p * r - q
        first, *middle, last = triples[10]
        (c, d), e = pairs[3], triples[5]
        total += first + last + len(middle) + c + d + e[2]
        total += max(*pairs[7]) + divmod(*pairs[9])[0]
    return a, b, total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
print(work(n))
