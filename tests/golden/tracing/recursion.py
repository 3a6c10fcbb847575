# settrace events for recursion: call and return events nest, each frame's
# lines reported with its own function.
from _events import trace


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


trace(fact, 4)
trace(even, 3)
