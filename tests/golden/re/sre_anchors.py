# _sre engine: anchors. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('^a.c$', 32, [14, 4, 0, 3, 3, 6, 0, 16, 97, 2, 16, 99, 6, 5, 1], 0, {}, (None,), ['abc', 'a\nc', 'abc\n', 'xabc']),
    ('^a.c$', 56, [14, 4, 0, 3, 3, 6, 1, 16, 97, 3, 16, 99, 6, 6, 1], 0, {}, (None,), ['abc', 'a\nc', 'x\nabc\n', 'xabc']),
    ('(?m)^\\w+$', 40, [14, 4, 0, 1, 4294967295, 6, 1, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 6, 6, 1], 0, {}, (None,), ['one\ntwo\nthree']),
    ('\\Aab\\Z', 32, [14, 4, 0, 2, 2, 6, 2, 16, 97, 16, 98, 6, 7, 1], 0, {}, (None,), ['ab', 'ab\n']),
]

exercise(CASES)
