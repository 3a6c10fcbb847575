# _sre engine: scoped flags. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('(?i)[^a]', 34, [14, 4, 0, 1, 1, 41, 97, 1], 0, {}, (None,), ['A', 'b']),
    ('(?i)[^k]', 34, [14, 4, 0, 1, 1, 41, 107, 1], 0, {}, (None,), ['K', 'x']),
    ('(?i:a)b', 32, [14, 4, 0, 2, 2, 40, 97, 16, 98, 1], 0, {}, (None,), ['Ab', 'AB']),
    ('a(?-i:b)', 34, [14, 4, 0, 2, 2, 40, 97, 16, 98, 1], 0, {}, (None,), ['AB', 'Ab']),
    ('\\x00+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 0, 1, 1], 0, {}, (None,), ['a\x00\x00b']),
]

exercise(CASES)
