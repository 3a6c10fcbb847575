# _sre engine: dot newline. Each code list is what CPython 3.11's re compiler
# emits for the pattern beside it.
from _sre_harness import exercise

CASES = [
    ('.', 32, [14, 4, 0, 1, 1, 2, 1], 0, {}, (None,), ['\n', 'a']),
    ('.+', 48, [14, 4, 0, 1, 4294967295, 24, 5, 1, 4294967295, 3, 1, 1], 0, {}, (None,), ['a\nb']),
    ('[^\\n]+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 20, 10, 1, 1], 0, {}, (None,), ['ab\ncd']),
]

exercise(CASES)
