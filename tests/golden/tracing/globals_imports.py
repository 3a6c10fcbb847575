# settrace events for global/nonlocal statements, imports inside a traced
# function and attribute access through properties.
from _events import trace

counter = 0


def bump():
    global counter
    counter += 1
    import math
    from os import path as p
    return math.floor(2.5), p.sep


def make_counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    inc()
    return inc()


trace(bump)
trace(make_counter)
