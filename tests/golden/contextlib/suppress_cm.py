# contextlib.suppress: listed types and their subclasses, nothing else.
from contextlib import suppress

with suppress(KeyError):
    {}["x"]
print("KeyError suppressed")
with suppress(LookupError):
    [][1]
print("subclass suppressed")
with suppress(ValueError, TypeError):
    int(None)
print("one of several suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not listed")
except ValueError as e:
    print("passed through", e)
with suppress():
    print("no types, no exception")
try:
    with suppress():
        raise OSError("no types")
except OSError:
    print("nothing suppressed with no types")

with suppress(ZeroDivisionError) as value:
    print("as value:", value)

s = suppress(IndexError)
for i in range(3):
    with s:
        [][i]
print("reusable")

def f():
    with suppress(Exception):
        return "returned"
    return "not here"
print(f())

with suppress(BaseException):
    raise SystemExit(1)
print("even SystemExit")
print(suppress.__mro__[1].__name__)
