# An lru_cache wrapper pickles by reference (its __qualname__), so loading
# gives back the same wrapper.
import pickle
from functools import lru_cache

@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(pickle.loads(pickle.dumps(fib, 2)) is fib, fib.__reduce__())
for proto in range(4):
    print(proto, pickle.loads(pickle.dumps(fib, proto)) is fib)
