# settrace events for `with`: entering, the exit back on the `with` line,
# an exception suppressed or passing through, nested and multiple items.
from _events import trace


class CM:
    def __init__(self, suppress=False):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return self.suppress


def plain():
    with CM() as c:
        x = 1
    return x


def suppressed():
    with CM(True):
        raise ValueError("hidden")
    return "after"


def passing():
    with CM():
        raise KeyError("through")


def multiple():
    with CM() as a, CM() as b:
        r = (a is not b)
    return r


def nested():
    with CM():
        with CM():
            y = 2
        z = 3
    return y + z


trace(plain)
trace(suppressed)
trace(passing)
trace(multiple)
trace(nested)
