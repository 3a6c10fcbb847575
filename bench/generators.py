# Generator-heavy code: pipelines of generators, yield from, generator expressions.
import sys


def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def chained(n):
    yield from numbers(n)
    yield from numbers(n)

def run():
    total = sum(squares(evens(numbers(400000))))
    total += sum(x for x in chained(200000) if x % 3)
    g = (i * 2 for i in range(200000))
    total += max(g)
    return total

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
for _ in range(reps):
    result = run()
print(result, reps)
