# A Go player's inner loop: random playouts on a 9x9 board with a seeded
# PRNG, capture by flood-filling groups and counting liberties, no suicide,
# no filling of one's own eyes, simple ko; the game is scored by area and
# the first move that wins most playouts is chosen.
import sys
import random

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


def neighbours_table():
    table = []
    for p in range(SIZE * SIZE):
        r, c = divmod(p, SIZE)
        ns = []
        if r > 0:
            ns.append(p - SIZE)
        if r < SIZE - 1:
            ns.append(p + SIZE)
        if c > 0:
            ns.append(p - 1)
        if c < SIZE - 1:
            ns.append(p + 1)
        table.append(tuple(ns))
    return table


NEIGHBOURS = neighbours_table()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.captures = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.ko = self.ko
        b.captures = self.captures
        return b

    def group(self, p):
        colour = self.cells[p]
        stones, liberties = {p}, set()
        todo = [p]
        while todo:
            q = todo.pop()
            for n in NEIGHBOURS[q]:
                v = self.cells[n]
                if v == EMPTY:
                    liberties.add(n)
                elif v == colour and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def is_eye(self, p, colour):
        return all(self.cells[n] == colour for n in NEIGHBOURS[p])

    def play(self, p, colour):
        """Plays if legal; returns False for suicide or ko."""
        if p == self.ko:
            return False
        cells = self.cells
        cells[p] = colour
        other = 3 - colour
        captured = []
        for n in NEIGHBOURS[p]:
            if cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    captured.extend(stones)
                    for s in stones:
                        cells[s] = EMPTY
        if not captured and not self.group(p)[1]:
            cells[p] = EMPTY
            return False
        self.captures += len(captured)
        self.ko = captured[0] if len(captured) == 1 else -1
        return True

    def score(self):
        black = white = 0
        for p, v in enumerate(self.cells):
            if v == BLACK:
                black += 1
            elif v == WHITE:
                white += 1
            else:
                around = {self.cells[n] for n in NEIGHBOURS[p]}
                if around == {BLACK}:
                    black += 1
                elif around == {WHITE}:
                    white += 1
        return black - white - 7


def playout(board, colour, rng):
    passes = 0
    moves = 0
    while passes < 2 and moves < 200:
        empties = [p for p, v in enumerate(board.cells) if v == EMPTY and not board.is_eye(p, colour)]
        rng.shuffle(empties)
        for p in empties:
            if board.play(p, colour):
                passes = 0
                break
        else:
            passes += 1
        colour = 3 - colour
        moves += 1
    return board.score()


def choose_move(playouts_per_move, rng):
    root = Board()
    for p, colour in ((40, BLACK), (30, WHITE), (50, BLACK), (32, WHITE)):
        root.play(p, colour)
    best, best_wins = -1, -1
    total_captures = 0
    for p in range(SIZE * SIZE):
        if root.cells[p] != EMPTY:
            continue
        wins = 0
        for _ in range(playouts_per_move):
            b = root.copy()
            if not b.play(p, BLACK):
                break
            if playout(b, WHITE, rng) > 0:
                wins += 1
            total_captures += b.captures
        if wins > best_wins:
            best, best_wins = p, wins
    return best, best_wins, total_captures


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
print(choose_move(n, random.Random(42)))
