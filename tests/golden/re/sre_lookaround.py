# _sre engine: lookaround. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('(?<=abc)def', 32, [14, 4, 0, 3, 3, 4, 9, 3, 16, 97, 16, 98, 16, 99, 1, 16, 100, 16, 101, 16, 102, 1], 0, {}, (None,), ['abcdef', 'xdef']),
    ('(?<!abc)def', 32, [14, 4, 0, 3, 3, 5, 9, 3, 16, 97, 16, 98, 16, 99, 1, 16, 100, 16, 101, 16, 102, 1], 0, {}, (None,), ['abcdef', 'xdef']),
    ('foo(?=bar)', 32, [14, 12, 1, 3, 3, 3, 3, 102, 111, 111, 0, 0, 0, 16, 102, 16, 111, 16, 111, 4, 9, 0, 16, 98, 16, 97, 16, 114, 1, 1], 0, {}, (None,), ['foobar', 'foobaz']),
    ('foo(?!bar)', 32, [14, 12, 1, 3, 3, 3, 3, 102, 111, 111, 0, 0, 0, 16, 102, 16, 111, 16, 111, 5, 9, 0, 16, 98, 16, 97, 16, 114, 1, 1], 0, {}, (None,), ['foobar', 'foobaz']),
]

exercise(CASES)
