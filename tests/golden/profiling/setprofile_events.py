# setprofile events: call/return for Python functions, c_call/c_return for
# builtin functions and methods, c_exception when a builtin raises, no line
# or exception events.
from _events import profile


def helper(x):
    return x + 1


def work():
    a = len([1, 2])
    b = helper(a)
    items = []
    items.append(b)
    s = ", ".join(["x", "y"])
    try:
        int("nope")
    except ValueError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    d = {}.get("k", 0)
    m = max(items, key=lambda v: -v)
    return a, b, s, d, m


def gen():
    yield 1
    yield 2


def use_gen():
    return sum(gen()) + sum(list(gen()))


def star_call():
    args = (3, 1, 2)
    return max(*args), sorted(args, reverse=True)


profile(work)
profile(use_gen)
profile(star_call)
