# Hexiom-style puzzle solver: a bag of numbered tiles must fill a hexagonal
# board so that every tile's number equals the count of its occupied
# neighbours. Backtracking over cells with bounds pruning counts every
# solution (tuples, dict of remaining tiles, nested loops).
import sys
import random


def hex_cells(radius):
    cells = [(q, r) for q in range(-radius, radius + 1) for r in range(-radius, radius + 1)
             if abs(q + r) <= radius]
    index = {c: i for i, c in enumerate(cells)}
    dirs = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
    neighbours = [tuple(index[(q + dq, r + dr)] for dq, dr in dirs if (q + dq, r + dr) in index)
                  for q, r in cells]
    return cells, neighbours


def make_puzzle(radius, holes, rng):
    cells, neighbours = hex_cells(radius)
    occupied = [True] * len(cells)
    for i in rng.sample(range(len(cells)), holes):
        occupied[i] = False
    bag = {}
    for i, n in enumerate(neighbours):
        if occupied[i]:
            v = sum(occupied[j] for j in n)
            bag[v] = bag.get(v, 0) + 1
    bag[-1] = holes
    return neighbours, bag


def solve(neighbours, bag):
    n = len(neighbours)
    board = [None] * n  # None: undecided, -1: empty, k: tile k

    def consistent(i):
        for j in (i,) + neighbours[i]:
            v = board[j]
            if v is None or v < 0:
                continue
            filled = undecided = 0
            for k in neighbours[j]:
                w = board[k]
                if w is None:
                    undecided += 1
                elif w >= 0:
                    filled += 1
            if filled > v or filled + undecided < v:
                return False
        return True

    def place(i):
        if i == n:
            return 1
        found = 0
        for value in sorted(bag):
            if bag[value] == 0:
                continue
            bag[value] -= 1
            board[i] = value
            if consistent(i):
                found += place(i + 1)
            board[i] = None
            bag[value] += 1
        return found

    return place(0)


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
rng = random.Random(7)
counts = []
for _ in range(reps):
    neighbours, bag = make_puzzle(2, 5, rng)
    counts.append(solve(neighbours, bag))
print(counts)
