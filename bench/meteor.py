# Meteor-contest-style exact cover: every placement of the twelve pentominoes
# is precomputed as a bit mask, then a search fills the first empty cell of
# a small board each step, counting solutions and keeping the smallest and
# largest as strings (big-int bit masks, lists of masks, recursion).
import sys

PIECES = {
    'F': ((1, 0), (2, 0), (0, 1), (1, 1), (1, 2)),
    'I': ((0, 0), (1, 0), (2, 0), (3, 0), (4, 0)),
    'L': ((0, 0), (0, 1), (0, 2), (0, 3), (1, 3)),
    'N': ((1, 0), (1, 1), (0, 2), (1, 2), (0, 3)),
    'P': ((0, 0), (1, 0), (0, 1), (1, 1), (0, 2)),
    'T': ((0, 0), (1, 0), (2, 0), (1, 1), (1, 2)),
    'U': ((0, 0), (2, 0), (0, 1), (1, 1), (2, 1)),
    'V': ((0, 0), (0, 1), (0, 2), (1, 2), (2, 2)),
    'W': ((0, 0), (0, 1), (1, 1), (1, 2), (2, 2)),
    'X': ((1, 0), (0, 1), (1, 1), (2, 1), (1, 2)),
    'Y': ((1, 0), (0, 1), (1, 1), (1, 2), (1, 3)),
    'Z': ((0, 0), (1, 0), (1, 1), (1, 2), (2, 2)),
}


def orientations(cells):
    shapes = set()
    pts = list(cells)
    for _ in range(4):
        pts = [(y, -x) for x, y in pts]
        for variant in (pts, [(-x, y) for x, y in pts]):
            mx = min(x for x, _ in variant)
            my = min(y for _, y in variant)
            shapes.add(tuple(sorted((x - mx, y - my) for x, y in variant)))
    return sorted(shapes)


def placements(width, height):
    """For each cell, the (name, mask) placements whose lowest cell it is."""
    by_cell = [[] for _ in range(width * height)]
    for name, cells in PIECES.items():
        for shape in orientations(cells):
            for oy in range(height):
                for ox in range(width):
                    pts = [(x + ox, y + oy) for x, y in shape]
                    if all(x < width and y < height for x, y in pts):
                        idx = [y * width + x for x, y in pts]
                        mask = 0
                        for i in idx:
                            mask |= 1 << i
                        by_cell[min(idx)].append((name, mask))
    return by_cell


def solve(width, height):
    by_cell = placements(width, height)
    full = (1 << (width * height)) - 1
    solutions = []
    used = set()
    chosen = []

    def search(board):
        if board == full:
            grid = ['.'] * (width * height)
            for name, mask in chosen:
                for i in range(width * height):
                    if mask >> i & 1:
                        grid[i] = name
            solutions.append(''.join(grid))
            return
        cell = (~board & (board + 1)).bit_length() - 1
        for name, mask in by_cell[cell]:
            if name not in used and not board & mask:
                used.add(name)
                chosen.append((name, mask))
                search(board | mask)
                chosen.pop()
                used.discard(name)

    search(0)
    return solutions


boards = ((7, 5), (6, 5), (10, 3)) if len(sys.argv) < 2 else ((int(sys.argv[1]), 3),)
for width, height in boards:
    sols = solve(width, height)
    print(width, height, len(sols), min(sols), max(sols))
