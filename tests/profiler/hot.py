# A program whose hottest function is known: hot() takes about 70% of the
# time, warm() 20%, cold() 10% (tests/profiler/check_flamegraph.py).
import sys


def hot(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def warm(n):
    total = 0
    for i in range(n):
        total += i % 5
    return total


def cold(n):
    return sum(i & 3 for i in range(n))


def main(rounds):
    result = 0
    for _ in range(rounds):
        result += hot(70000)
        result += warm(20000)
        result += cold(7000)
    print(result)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
