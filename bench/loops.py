# Loops: nested for/while loops over ranges with integer arithmetic.
import sys


def run():
    total = 0
    for i in range(3000):
        j = 0
        while j < 1000:
            total += (i * j) % 7
            j += 1
    return total

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 7
for _ in range(reps):
    result = run()
print(result, reps)
