# sys.exc_info() and sys.exception() inside and outside handlers.
import sys

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def gen():
    try:
        raise IndexError("in generator")
    except IndexError:
        yield repr(sys.exception())
    yield repr(sys.exception())


print(list(gen()))
