# lru_cache errors: unhashable arguments, bad maxsize, non-callables, and the
# wrapper's argument checks.
from functools import lru_cache, _lru_cache_wrapper

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

@lru_cache(maxsize=10)
def f(x, y=None):
    return x

attempt(f, [1])
attempt(f, 1, y={})
attempt(f, (1, [2]))
print(f.cache_info())

@lru_cache(maxsize=None)
def g(x):
    return x
attempt(g, {1: 2})
print(g.cache_info())

attempt(lru_cache, "big")
attempt(lru_cache(1), 3)
attempt(_lru_cache_wrapper, 1, 2, 3, 4)
attempt(_lru_cache_wrapper, len, "x", False, tuple)
attempt(_lru_cache_wrapper, len, 1, False)
attempt(f.cache_info, 1)
attempt(f.cache_clear, x=1)

@lru_cache(maxsize=4)
def boom(x):
    raise ValueError("boom %r" % (x,))
attempt(boom, 1)
attempt(boom, 1)
print(boom.cache_info())

class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")
attempt(f, BadHash())
print(f.cache_info())
