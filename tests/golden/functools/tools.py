# functools: singledispatch, singledispatchmethod, partialmethod, cached_property, lru_cache stats, total_ordering, reduce, cmp_to_key, wraps.
import functools
from functools import singledispatch, singledispatchmethod, partialmethod, cached_property, lru_cache, total_ordering, reduce, cmp_to_key, partial


@singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


@show.register
def _(x: str | bytes):
    return f"text {x!r}"


print(show(1), show(True), show([1, 2]), show("s"), show(b"b"), show(1.5))
print(sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)

    @area.register
    def _(self, arg: int):
        return arg * arg

    def scaled(self, k, factor):
        return k * factor

    double = partialmethod(scaled, factor=2)


s = Shape()
print(s.area(4), s.double(21))
try:
    s.area("x")
except NotImplementedError as e:
    print("NotImplementedError", e)


class Data:
    calls = 0

    @cached_property
    def value(self):
        Data.calls += 1
        return 42


d = Data()
print(d.value, d.value, Data.calls, "value" in vars(d))
del d.value
print(d.value, Data.calls)


@lru_cache(maxsize=2)
def sq(n):
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
p = partial(int, base=2)
print(p("101"), p, repr(partial(max, 1)), p.func, p.args, p.keywords)


def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w


@deco
def named(a):
    "doc"
    return a


print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(3))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
