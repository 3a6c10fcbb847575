# setprofile events around builtin calls (c_call, c_return, c_exception)
# from Python functions: len, sorted with a key, a failing int().
from _events import profile


def key(x):
    return -x


def calls():
    n = len([1, 2, 3])
    s = sorted([3, 1, 2], key=key)
    try:
        int("nope")
    except ValueError:
        pass
    return n, s


profile(calls)
