# _sre engine: empty matches. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,), ['axxb']),
    ('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,), ['abc']),
    ('\\b', 32, [14, 4, 0, 0, 0, 6, 10, 1], 0, {}, (None,), ['ab cd']),
    ('$', 40, [14, 4, 0, 0, 0, 6, 6, 1], 0, {}, (None,), ['a\nb\n']),
    ('^', 40, [14, 4, 0, 0, 0, 6, 1, 1], 0, {}, (None,), ['a\nb\n']),
    ('(?s).*?x', 48, [14, 4, 0, 1, 4294967295, 26, 5, 0, 4294967295, 3, 1, 16, 120, 1], 0, {}, (None,), ['abxcdx']),
]

exercise(CASES)
