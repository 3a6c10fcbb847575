# type.__flags__ bits that Python code reads: heap types, base types,
# abstract classes, the fast-subclass bits, and copyreg's use of them.
import copyreg
from abc import ABC, abstractmethod

HEAPTYPE, BASETYPE, IS_ABSTRACT = 1 << 9, 1 << 10, 1 << 20
SUBCLASS_BITS = {"long": 1 << 24, "list": 1 << 25, "tuple": 1 << 26, "bytes": 1 << 27,
                 "unicode": 1 << 28, "dict": 1 << 29, "exception": 1 << 30, "type": 1 << 31}

class Plain:
    pass
class Abstract(ABC):
    @abstractmethod
    def f(self): ...
class MyInt(int):
    pass
class MyError(KeyError):
    pass
class Meta(type):
    pass

for t in (int, bool, str, list, tuple, dict, bytes, type, object, Plain, Abstract, MyInt, MyError, Meta,
          ValueError, float, bytearray, set):
    flags = t.__flags__
    print(t.__name__.ljust(10), bool(flags & HEAPTYPE), bool(flags & BASETYPE), bool(flags & IS_ABSTRACT),
          sorted(name for name, bit in SUBCLASS_BITS.items() if flags & bit))

Abstract.__abstractmethods__ = frozenset()
print(bool(Abstract.__flags__ & IS_ABSTRACT))
Abstract.__abstractmethods__ = frozenset({"g"})
print(bool(Abstract.__flags__ & IS_ABSTRACT))

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Pair:
    def __init__(self):
        self.a = 1
print(copyreg._reduce_ex(Pair(), 1)[0].__name__)
try:
    Point(1, 2).__reduce_ex__(1)
except TypeError as e:
    print(type(e).__name__, e)
