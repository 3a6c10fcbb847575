# settrace events for generator.throw() and close() with a finally block,
# and a generator that catches the thrown exception.
from _events import trace


def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught"
    finally:
        print("  (cleanup)")


def drive():
    g = gen()
    a = next(g)
    b = g.throw(KeyError("k"))
    g.close()
    return a, b


trace(drive)
