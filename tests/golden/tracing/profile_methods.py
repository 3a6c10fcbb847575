# setprofile's c_call/c_return around builtin methods bound to objects
# (list.append, str.join, dict.get), methods called through their type
# (list.append(lst, x)), builtins calling back into Python (isinstance with
# __instancecheck__, map/filter consumed by list, getattr reaching a
# property), and c_exception from next() on an exhausted iterator.
from _events import profile


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 1


class Special(metaclass=Meta):
    pass


class Holder:
    @property
    def value(self):
        return 7


def double(x):
    return x * 2


def methods():
    lst = []
    lst.append(1)
    list.append(lst, 2)
    s = "-".join(["a", "b"])
    d = {"k": 1}.get("k")
    return lst, s, d


def callbacks():
    a = isinstance(1, Special)
    b = list(map(double, [1, 2]))
    c = getattr(Holder(), "value")
    return a, b, c


def exhausted():
    it = iter([])
    try:
        next(it)
    except StopIteration:
        return "stopped"


profile(methods)
profile(callbacks)
profile(exhausted)
