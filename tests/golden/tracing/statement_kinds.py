# Line events for statement kinds not covered elsewhere: del of names,
# attributes and subscripts, global and nonlocal, augmented assignment to
# attributes and subscripts, assert with a message, import forms, raise
# from, chained assignment, an empty class body, annotated assignments.
from _events import trace

counter = 0


class Box:
    pass


def statements():
    global counter
    b = Box()
    b.x = 1
    b.x += 2
    d = {"k": [1]}
    d["k"][0] *= 5
    a = c = 3
    n: int = 4
    m: str
    del b.x
    del d["k"]
    del a
    counter += 1
    import os.path
    from os import sep as separator

    class Empty:
        pass
    return c, n, counter, separator == os.sep, Empty.__name__


def closure():
    v = 0

    def bump():
        nonlocal v
        v += 1
        return v
    bump()
    return bump()


def asserting(x):
    assert x > 0, f"bad {x}"
    try:
        raise KeyError(x) from ValueError("cause")
    except KeyError as e:
        return type(e.__cause__).__name__


trace(statements)
trace(closure)
trace(asserting, 1)
trace(asserting, -1)
