# Unbounded recursion raises RecursionError, which can be caught.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(100)


def count(n):
    return count(n + 1) if n < 50 else n


print(count(0))
