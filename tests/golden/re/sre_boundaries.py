# _sre engine: boundaries. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('\\bfoo\\b', 32, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], 0, {}, (None,), ['foo', 'afoo foo.', 'foobar']),
    ('\\Bo\\B', 32, [14, 4, 0, 1, 1, 6, 11, 16, 111, 6, 11, 1], 0, {}, (None,), ['foo', 'oo o']),
]

exercise(CASES)
