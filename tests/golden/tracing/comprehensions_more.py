# settrace events for dict and set comprehensions, nested comprehensions
# and generator expressions consumed by builtins.
from _events import trace


def comps(n):
    squares = {i: i * i for i in range(n)}
    odds = {i for i in range(n) if i % 2}
    grid = [[i * j for j in range(2)] for i in range(2)]
    total = sum(x for x in range(n))
    return squares, sorted(odds), grid, total


trace(comps, 3)
