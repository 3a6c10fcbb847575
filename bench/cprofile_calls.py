# Profiling: cProfile over a call-heavy program (a binary tree built,
# walked by methods and recursion, with builtin calls), then pstats'
# totals and its sorted table (times not printed).
import cProfile
import io
import pstats
import sys


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Node(key))
        else:
            child.insert(key)

    def walk(self, out):
        if self.left is not None:
            self.left.walk(out)
        out.append(self.key)
        if self.right is not None:
            self.right.walk(out)


def build(n):
    root = Node(n // 2)
    key = 1
    for _ in range(n):
        key = (key * 1103515245 + 12345) % 2147483648
        root.insert(key % (4 * n))
    return root


def work(n, rounds):
    total = 0
    for _ in range(rounds):
        out = []
        build(n).walk(out)
        total += len(out) + max(out)
    return total


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 80
profiler = cProfile.Profile()
result = profiler.runcall(work, 2000, rounds)
stats = pstats.Stats(profiler, stream=io.StringIO())
print(result, stats.total_calls, stats.prim_calls, len(stats.stats))
