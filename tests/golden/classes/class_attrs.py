class C:
    """Doc of C."""
    a = 1
    def m(self): pass
print(C.__name__, C.__qualname__, C.__doc__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(type(C.__dict__).__name__)
print(C.__dict__["a"], "m" in C.__dict__)
try:
    C.__dict__["a"] = 2
except TypeError as e:
    print(e)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C)[-10:])
C.__qualname__ = "Outer.Renamed"
print(repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        def f(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, repr(Outer.Inner))
print(int.__name__, int.__qualname__, int.__module__, object.__base__, int.__base__)
print(type.__name__, type(type), type(object), type(int))
print(C.__module__, Outer.__module__)
try:
    C.nope
except AttributeError as e:
    print(e)
try:
    int.nope
except AttributeError as e:
    print(e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(e)
del C.a
print(hasattr(C, "a"))
try:
    del C.a
except AttributeError as e:
    print(e)
print(C.__bases__, C.__mro__ == (C, object))
