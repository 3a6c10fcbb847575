# Class 9 of issue 10: chains of C-level iterators 50,000 deep run as in
# CPython (deeper ones raise RecursionError where CPython crashes).
import itertools

DEPTH = 50000
wrappers = [
    ('enumerate', enumerate),
    ('filter', lambda x: filter(None, x)),
    ('map', lambda x: map(abs, x)),
    ('zip', zip),
    ('islice', lambda x: itertools.islice(x, 5)),
    ('chain', itertools.chain),
    ('takewhile', lambda x: itertools.takewhile(lambda v: True, x)),
    ('dropwhile', lambda x: itertools.dropwhile(lambda v: False, x)),
    ('accumulate', itertools.accumulate),
    ('compress', lambda x: itertools.compress(x, itertools.repeat(1))),
    ('zip_longest', itertools.zip_longest),
]
for name, wrap in wrappers:
    x = iter(range(3))
    for _ in range(DEPTH):
        x = wrap(x)
    first = next(x)
    depth = 0
    while isinstance(first, tuple):
        first = first[-1]
        depth += 1
    print(name, first, depth, len(tuple(x)))

