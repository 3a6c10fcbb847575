# functools.singledispatch and singledispatchmethod: dispatch on classes,
# ABCs, registration by annotation, and the dispatch cache.
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping, Sequence, Iterable
import numbers

@singledispatch
def describe(obj):
    return "object"

@describe.register
def _(obj: int):
    return "int %d" % obj

@describe.register(float)
def _(obj):
    return "float"

@describe.register(Sequence)
def _(obj):
    return "sequence of %d" % len(obj)

@describe.register(Mapping)
def _(obj):
    return "mapping with %s" % sorted(obj)

for value in [1, True, 2.5, "ab", [1, 2, 3], (), {"b": 1, "a": 2}, object(), None, range(4)]:
    print(repr(value)[:20], "->", describe(value))

print(describe.dispatch(bool).__name__, describe.dispatch(list) is describe.registry[Sequence])
print(sorted(c.__name__ for c in describe.registry))

class MyList(list):
    pass
print(describe(MyList([1])))

@describe.register
class Point:
    pass
try:
    describe.register(3)
except TypeError as e:
    print(type(e).__name__, str(e)[:60])

class Vector:
    @singledispatchmethod
    def scale(self, arg):
        return "no scale for %s" % type(arg).__name__

    @scale.register
    def _(self, arg: int):
        return "int scale %d" % arg

    @scale.register
    def _(self, arg: numbers.Real):
        return "real scale"

v = Vector()
print(v.scale(2), v.scale(2.5), v.scale("x"), v.scale(True))

@singledispatch
def walk(obj):
    return "leaf"

@walk.register(Iterable)
def _(obj):
    return [walk(x) for x in obj if not isinstance(x, str)]
print(walk([1, [2, 3], (4,)]))
