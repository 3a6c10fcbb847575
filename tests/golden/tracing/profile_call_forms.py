# setprofile events for call forms: f(*args, **kwargs) of a builtin and of
# a Python function, a builtin reached through super(), functools.partial
# of a builtin (a partial is not a builtin function: no c_call for it),
# a builtin called from a class body, and a lambda passed to sorted.
import functools

from _events import profile


def pyfunc(a, b=0):
    return a + b


class Base:
    def size(self):
        return len(self.items)


class Derived(Base):
    items = [1, 2]

    def size(self):
        return super().size() + abs(-1)


def call_forms():
    args = ([3, 1, 2],)
    a = sorted(*args, **{"reverse": True})
    b = pyfunc(*(1,), **{"b": 2})
    c = functools.partial(max, 0)(5)
    d = Derived().size()
    e = sorted([2, 1], key=lambda v: -v)
    return a, b, c, d, e


def class_body():
    class Local:
        n = len("abc")
    return Local.n


profile(call_forms)
profile(class_body)
