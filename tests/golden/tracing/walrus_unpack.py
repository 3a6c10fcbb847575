# settrace events for assignment expressions, tuple and starred unpacking,
# chained assignment and augmented assignment to attributes and items.
from _events import trace


class Holder:
    pass


def assignments(data):
    if (n := len(data)) > 2:
        first, *rest = data
    a = b = n
    h = Holder()
    h.total = 0
    h.total += a
    items = [0, 0]
    items[1] += b
    (x, y), z = (1, 2), 3
    return first, rest, h.total, items, x + y + z


trace(assignments, [5, 6, 7])
