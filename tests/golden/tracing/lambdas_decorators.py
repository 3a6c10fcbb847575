# settrace events for lambdas, decorators (applied and wrapping calls),
# and functools.wraps-style wrappers.
from _events import trace


def logged(func):
    def wrapper(*args):
        result = func(*args)
        return result
    return wrapper


def define():
    @logged
    def double(x):
        return x * 2
    return double(21)


def use_lambda(items):
    key = lambda item: -item
    return sorted(items, key=key)


def immediate():
    return (lambda a, b: a + b)(2, 3)


trace(define)
trace(use_lambda, [3, 1, 2])
trace(immediate)
