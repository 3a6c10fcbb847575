# _sre engine: literals. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('a', 32, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,), ['a', 'ba', '', 'xyz']),
    ('abc', 32, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, (None,), ['xabcabc', 'ab', 'abcabc']),
    ('a|b|c', 32, [14, 8, 4, 1, 1, 22, 97, 99, 0, 13, 5, 22, 97, 99, 0, 1], 0, {}, (None,), ['xxcba', '']),
    ('(a)(b)?', 32, [14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1], 2, {}, (None, None, None), ['ab', 'a', 'xa']),
]

exercise(CASES)
