# ABCMeta.register: virtual subclasses, decorator use, cycles and errors.
from abc import ABC, ABCMeta, abstractmethod


class Container(ABC):
    @abstractmethod
    def contains(self, x): ...


@Container.register
class Bag:
    def contains(self, x):
        return False


print(Bag.__name__, issubclass(Bag, Container), isinstance(Bag(), Container))
print(Container.register(Bag) is Bag)


class Derived(Bag):
    pass


print("derived of registered:", issubclass(Derived, Container), isinstance(Derived(), Container))
print("mro untouched:", Container in Bag.__mro__)

# registering builtin types
Container.register(list)
print(isinstance([], Container), isinstance((), Container), issubclass(bool, Container))

# registering a real subclass returns it and changes nothing
class Real(Container):
    def contains(self, x):
        return True
print(Container.register(Real) is Real)

# errors
for bad in (3, "x", Bag()):
    try:
        Container.register(bad)
    except TypeError as e:
        print("TypeError:", e)


class Top(ABC):
    pass


class Sub(Top):
    pass


try:
    Sub.register(Top)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    issubclass(3, Container)
except TypeError as e:
    print("TypeError:", e)

# registration chains through multiple ABCs
class A(metaclass=ABCMeta):
    pass


class B(metaclass=ABCMeta):
    pass


class Plain:
    pass


A.register(B)
B.register(Plain)
print(issubclass(Plain, A), issubclass(Plain, B), issubclass(A, B), issubclass(B, A))
print(isinstance(Plain(), A))
print(type(A).__name__, type(Container).__name__, A.__abstractmethods__)
