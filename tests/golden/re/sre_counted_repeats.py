# _sre engine: counted repeats. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('(?:ab){2,3}', 32, [14, 4, 0, 4, 6, 23, 7, 2, 3, 16, 97, 16, 98, 18, 1], 0, {}, (None,), ['abababab']),
    ('(?:ab){2,3}?', 32, [14, 4, 0, 4, 6, 23, 7, 2, 3, 16, 97, 16, 98, 19, 1], 0, {}, (None,), ['abababab']),
    ('x{3}', 32, [14, 4, 0, 3, 3, 24, 6, 3, 3, 16, 120, 1, 1], 0, {}, (None,), ['xxxxx', 'xx']),
    ('x{2,}', 32, [14, 4, 0, 2, 4294967295, 24, 6, 2, 4294967295, 16, 120, 1, 1], 0, {}, (None,), ['x', 'xxxx']),
]

exercise(CASES)
