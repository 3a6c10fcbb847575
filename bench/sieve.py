# List indexing in tight loops: the sieve of Eratosthenes, repeated.
import sys


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(1 for f in flags if f)

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 40
print([sieve(300000) for _ in range(reps)][-1], reps)
