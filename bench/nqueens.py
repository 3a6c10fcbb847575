# N-queens: every solution found by filtering permutations (generators,
# sets and tuple building, as pyperformance's nqueens does the work).
import sys
from itertools import permutations


def solutions(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 4
for _ in range(reps):
    found = list(solutions(9))
print(len(found), found[0], found[-1], sum(sum(i * v for i, v in enumerate(s)) for s in found))
