# isinstance, issubclass, callable, id, hash, type.
class A:
    pass


class B(A):
    pass


print(isinstance(B(), A), isinstance(1, (str, int)), isinstance(True, int), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(B, object))
print(callable(len), callable(A), callable(A()), callable(lambda: 0), callable(1))
x = object()
print(id(x) == id(x), id(1) == id(1), id(A()) != id(x))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(-1), hash(True))
print(type(1), type("s"), type(A()), type(A), type(type))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class M(metaclass=Meta):
    pass


print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M))
for bad in ["isinstance(1, 2)", "issubclass(1, int)", "hash([])", "hash({})", "callable()"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
