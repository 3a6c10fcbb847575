# _sre engine: lookaround groups. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('(?<=\\d{3})x', 32, [14, 4, 0, 1, 1, 4, 13, 3, 24, 9, 3, 3, 13, 4, 8, 10, 0, 1, 1, 16, 120, 1], 0, {}, (None,), ['123x', '12x']),
    ('(?<=(a))b', 32, [14, 4, 0, 1, 1, 4, 9, 1, 17, 0, 16, 97, 17, 1, 1, 16, 98, 1], 1, {}, (None, None), ['ab']),
    ('(?=(a+))', 32, [14, 4, 0, 0, 0, 4, 14, 0, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 1, 1], 1, {}, (None, None), ['aaa']),
    ('(?!a)\\w', 32, [14, 4, 0, 1, 1, 5, 5, 0, 16, 97, 1, 13, 4, 8, 14, 0, 1], 0, {}, (None,), ['ab']),
    ('\\Z', 32, [14, 4, 0, 0, 0, 6, 7, 1], 0, {}, (None,), ['abc']),
]

exercise(CASES)
