# _sre engine: conditionals. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('(a)|\\1', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 11, 0, 15, 2, 0, 1], 1, {}, (None, None), ['x']),
    ('(?:(a)|b)(?(1)c|d)', 32, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 12, 0, 6, 16, 99, 15, 3, 16, 100, 1], 1, {}, (None, None), ['ac', 'bd', 'bc']),
    ('(?:(?P<a>x)|y)(?(a)1|2)', 32, [14, 4, 0, 2, 2, 7, 9, 17, 0, 16, 120, 17, 1, 15, 7, 5, 16, 121, 15, 2, 0, 12, 0, 6, 16, 49, 15, 3, 16, 50, 1], 1, {'a': 1}, (None, 'a'), ['x1', 'y2']),
]

exercise(CASES)
