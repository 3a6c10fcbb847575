# List-heavy code: append, indexing, slicing, comprehensions, sort.
import sys


def run():
    data = []
    for i in range(200000):
        data.append((i * 7919) % 100003)
    evens = [x for x in data if x % 2 == 0]
    data.sort()
    rev = data[::-1]
    total = 0
    for i in range(len(data)):
        total += data[i] - rev[i]
    chunks = [data[i:i + 10] for i in range(0, len(data), 10)]
    return len(evens), total, len(chunks), data[:5], sorted(evens, reverse=True)[:3]

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
for _ in range(reps):
    result = run()
print(result, reps)
