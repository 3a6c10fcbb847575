# N-queens by recursive backtracking with bit masks (recursion, small-int
# bit operations, closures over counters).
import sys


def count_solutions(n):
    full = (1 << n) - 1

    def place(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += place(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return place(0, 0, 0)


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 4
for _ in range(reps):
    counts = [count_solutions(k) for k in range(4, 13)]
print(counts, reps)
