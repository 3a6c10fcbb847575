import functools
from functools import wraps, partial, reduce, lru_cache, cache, cached_property, total_ordering, cmp_to_key

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner

@deco
def documented(x: int) -> int:
    """The real doc."""
    return x + 1

print(documented(1), documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)
p = partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
pp = partial(partial(pow, 2), 10)
print(pp(), pp.args, repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key=<built-in function abs>)"))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(max, [])
except TypeError as e:
    print(e)
calls = []
@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
print([square(i) for i in [1, 2, 1, 3, 1, 2]], calls, square.cache_info())
square.cache_clear()
print(square.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def plain(x):
    return x
print(plain(3), plain(3), plain.cache_info(), plain.cache_parameters())
class Data:
    def __init__(self):
        self.computed = 0
    @cached_property
    def value(self):
        self.computed += 1
        return 42
d = Data()
print(d.value, d.value, d.computed, "value" in d.__dict__)
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)
