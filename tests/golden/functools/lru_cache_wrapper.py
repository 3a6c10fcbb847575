# The lru_cache wrapper object: update_wrapper attributes, methods and
# binding, copying and pickling, recursion and re-entrant calls.
import copy
import pickle
from functools import lru_cache, cache

@lru_cache(maxsize=32)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info())
print(fib.__name__, fib.__qualname__, fib.__doc__, fib.__module__, fib.__wrapped__.__name__)
print(sorted(k for k in vars(fib)))
print(type(fib).__name__, callable(fib))
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
print(fib.__reduce__())
print(pickle.loads(pickle.dumps(fib)) is fib)

@cache
def count_ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return count_ways(n - 1) + count_ways(n - 2) + count_ways(n - 3)
print(count_ways(50), count_ways.cache_info())

class Shape:
    def __init__(self, side):
        self.side = side
    @lru_cache(maxsize=None)
    def area(self, scale=1):
        return self.side * self.side * scale
    def __hash__(self):
        return hash(self.side)
    def __eq__(self, other):
        return self.side == other.side

s = Shape(3)
print(s.area(), s.area(), Shape(3).area(), s.area(2), Shape.area.cache_info())
print(Shape.area(s, 5), Shape.__dict__["area"].__get__(None, Shape) is Shape.__dict__["area"])
print(type(s.area).__name__, s.area.__self__ is s)

# A call that fills its own key while running keeps the first result.
depth = []
@lru_cache(maxsize=2)
def reentrant(x):
    depth.append(x)
    if len(depth) < 3:
        reentrant(x)
    return len(depth)
print(reentrant(1), reentrant(1), reentrant.cache_info())

@lru_cache(maxsize=2)
def clears(x):
    clears.cache_clear()
    return x
print(clears(1), clears(2), clears(1), clears.cache_info())

@lru_cache(maxsize=None)
def keyword_only(*, a, b=2):
    return a + b
print(keyword_only(a=1), keyword_only(b=2, a=1), keyword_only(a=1, b=2), keyword_only.cache_info())
