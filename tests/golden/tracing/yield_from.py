# settrace events for yield from: delegation, values sent through,
# return values of subgenerators, and close().
from _events import trace


def inner():
    got = yield 1
    yield got * 2
    return "inner done"


def outer():
    result = yield from inner()
    yield result


def drive():
    g = outer()
    first = next(g)
    second = g.send(5)
    third = next(g)
    g.close()
    return first, second, third


trace(drive)
