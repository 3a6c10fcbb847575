# settrace events for closures, lambdas, nested functions, comprehensions
# of every kind, default arguments and keyword calls.
from _events import trace


def outer(n):
    def inner(k):
        return n + k
    f = lambda x: x * n
    return inner(1), f(2)


def comprehensions(n):
    a = [i for i in range(n)]
    b = {i: i * i for i in range(n)
         if i % 2}
    c = {i for i in a}
    d = list(x for x in a if x)
    return a, b, sorted(c), d


def kwargs(a, b=2, *args, c, **kw):
    return a + b + c + len(args) + len(kw)


def call_kwargs():
    return kwargs(1, c=3, d=4)


def recursion(n):
    if n <= 0:
        return 0
    return n + recursion(n - 1)


trace(outer, 5)
trace(comprehensions, 3)
trace(call_kwargs)
trace(recursion, 2)
