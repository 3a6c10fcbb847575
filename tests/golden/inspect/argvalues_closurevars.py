# inspect.getargvalues/formatargvalues of live frames, getcallargs,
# getclosurevars (nonlocals, globals, builtins, unbound), getfullargspec,
# getattr_static through descriptors, and getgeneratorstate /
# getgeneratorlocals / getcoroutinestate.
import inspect

LIMIT = 10


def frame_args(a, b=2, *rest, key=None, **extra):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    return info.args, info.varargs, info.keywords, sorted(info.locals), inspect.formatargvalues(*info)


print(frame_args(1, 3, 4, key="k", other=5))
print(inspect.getcallargs(frame_args, 1, 2, 3, z=4))
try:
    inspect.getcallargs(frame_args)
except TypeError as e:
    print("TypeError:", e)


def outer():
    count = 0

    def inner(x):
        return len(str(count + x + LIMIT)) + undefined_name  # noqa: F821
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
print(inspect.getfullargspec(frame_args))


def gen():
    local = "value"
    yield local
    yield 2


g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


async def coro():
    return 1


c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c))


class Desc:
    def __get__(self, obj, owner):
        return "computed"


class Holder:
    d = Desc()

    @property
    def p(self):
        return 1


print(Holder().d, type(inspect.getattr_static(Holder(), "d")).__name__,
      type(inspect.getattr_static(Holder, "p")).__name__)
