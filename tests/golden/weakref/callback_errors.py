# Errors raised by weak reference callbacks go to sys.unraisablehook; the
# other callbacks still run and the pending exception is untouched.
import sys
import weakref


def hook(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, getattr(args.object, "__name__", None))


sys.unraisablehook = hook


class A:
    pass


def bad(w):
    raise ValueError("boom")


def good(w):
    print("good called")


a = A()
r1 = weakref.ref(a, good)
r2 = weakref.ref(a, bad)
del a
print("after")

b = A()
r3 = weakref.ref(b, bad)
try:
    try:
        raise KeyError("outer")
    finally:
        del b
except KeyError as e:
    print("caught", repr(e))
