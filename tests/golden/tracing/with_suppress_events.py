# settrace events when a with block's __exit__ suppresses the exception
# (the line after the with runs next), when __exit__ raises its own, for
# contextlib.suppress, and for an exception raised in a finally that
# replaces the one in flight.
import contextlib

from _events import trace


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


class Replace:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("from exit")


def suppressed():
    with Swallow():
        raise ValueError("gone")
    return "after"


def replaced():
    try:
        with Replace():
            raise ValueError("first")
    except KeyError as e:
        return repr(e.__context__)


def contextlib_suppress():
    with contextlib.suppress(IndexError):
        [][1]
    return "ok"


def finally_raises():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return type(e.__context__).__name__


trace(suppressed)
trace(replaced)
trace(contextlib_suppress)
trace(finally_raises)
