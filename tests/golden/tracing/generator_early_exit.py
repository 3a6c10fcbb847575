# settrace events when a generator is abandoned early: any() stopping a
# generator expression, a for loop breaking out of a generator that is
# then collected (close() raises GeneratorExit inside it, its finally
# runs), zip stopping at the shorter input, and next() with a default.
from _events import trace


def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        cleanup = True


def early_any(seq):
    return any(x > 1 for x in seq)


def break_out():
    for n in numbers():
        if n == 2:
            break
    return n


def zipped():
    return list(zip(numbers(), "ab"))


def next_default():
    g = numbers()
    first = next(g, None)
    del g
    return first


trace(early_any, [1, 2, 3])
trace(break_out)
trace(zipped)
trace(next_default)
