# Closures, lambdas, higher-order functions and keyword arguments.
import sys


def make_adder(n):
    def add(x, scale=1):
        return x * scale + n
    return add

def run():
    adders = [make_adder(i) for i in range(10)]
    total = 0
    for i in range(100000):
        f = adders[i % 10]
        total += f(i) + f(i, scale=2)
    key = lambda t: (t[1], -t[0])
    pairs = sorted(((i, i % 17) for i in range(50000)), key=key)
    total += sum(map(lambda p: p[0], filter(lambda p: p[1] == 3, pairs)))
    return total

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
for _ in range(reps):
    result = run()
print(result, reps)
