# functools.lru_cache with a bound: hits, misses, least-recently-used
# eviction, cache_info and cache_clear.
from functools import lru_cache

calls = []

@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(n)
print(calls)
print(square.cache_info())
print(square.cache_info().hits, square.cache_info()._fields)
square.cache_clear()
print(square.cache_info())
print(square(2), square.cache_info())

@lru_cache(maxsize=1)
def one(x):
    calls.append(("one", x))
    return x
one(1); one(1); one(2); one(1)
print(one.cache_info(), calls[-3:])

@lru_cache(maxsize=None)
def unbounded(x):
    return x * 10
print([unbounded(i % 4) for i in range(10)], unbounded.cache_info())

@lru_cache(maxsize=0)
def uncached(x):
    return [x]
print(uncached(1) is uncached(1), uncached([1, 2]), uncached.cache_info())

@lru_cache(-5)
def negative(x):
    return x
negative(1); negative(1)
print(negative.cache_info(), negative.cache_parameters())

@lru_cache
def bare(x):
    return x
print(bare(1), bare(1), bare.cache_info(), bare.cache_parameters())

@lru_cache(maxsize=2)
def seq(x):
    return x
seq("a"); seq("b"); seq("a"); seq("c"); seq("b")
print(seq.cache_info())
