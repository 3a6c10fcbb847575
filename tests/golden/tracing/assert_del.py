# settrace events for assert (passing and failing), del, global and
# nonlocal statements and pass.
from _events import trace

counter = 0


def asserts(x):
    assert x > 0
    assert x < 10, "too big"
    return x


def deletes():
    a = [1, 2, 3]
    b = 4
    del a[0]
    del b
    pass
    return a


def globals_nonlocals():
    global counter
    counter += 1
    value = 0

    def bump():
        nonlocal value
        value += 5
        return value

    bump()
    return counter, value


trace(asserts, 3)
trace(asserts, 30)
trace(deletes)
trace(globals_nonlocals)
