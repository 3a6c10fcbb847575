# lru_cache keys: typed caching, keyword order, the marker separating
# positional and keyword arguments, and equal values of different types.
from functools import lru_cache

log = []

@lru_cache(maxsize=None)
def f(*args, **kwargs):
    log.append((args, kwargs))
    return len(log)

print(f(1), f(1.0), f(True), f.cache_info())
print(f(1, 2), f(1, 2), f(1, 2.0), f.cache_info())
print(f(a=1, b=2), f(b=2, a=1), f(a=1, b=2), f.cache_info())
print(f(1, a=2), f(1, "a", 2), f.cache_info())
print(f("x"), f("x"), f(("x",)), f.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(*args, **kwargs):
    log.append(("t", args, kwargs))
    return len(log)

print(t(1), t(1.0), t(True), t(1), t.cache_info())
print(t(x=1), t(x=1.0), t(x=1), t.cache_info())
print(t.cache_parameters())

@lru_cache(maxsize=4, typed=True)
def bounded_typed(x):
    return type(x).__name__
print([bounded_typed(v) for v in [1, 1.0, 1, True, 1.0]], bounded_typed.cache_info())

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

@lru_cache(maxsize=8)
def by_key(k):
    return k.v * 2
print(by_key(Key(3)), by_key(Key(3)), by_key.cache_info())
