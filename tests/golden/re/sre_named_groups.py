# _sre engine: named groups. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('(?P<x>a+)(?P<y>b*)c', 32, [14, 4, 0, 2, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 17, 2, 24, 6, 0, 4294967295, 16, 98, 1, 17, 3, 16, 99, 1], 2, {'x': 1, 'y': 2}, (None, 'x', 'y'), ['aaabbc', 'ac', 'xaaac']),
]

exercise(CASES)
