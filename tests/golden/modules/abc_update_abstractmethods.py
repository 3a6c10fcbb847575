# abc.update_abstractmethods after adding or replacing methods, and
# abc.get_cache_token changing on register.
import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Square(Shape):
    pass


print(sorted(Square.__abstractmethods__))
Square.area = lambda self: 4
print("before update:", sorted(Square.__abstractmethods__))
print(abc.update_abstractmethods(Square) is Square, sorted(Square.__abstractmethods__))
print(Square().area())


def add_abstract(cls):
    @abstractmethod
    def perimeter(self): ...
    cls.perimeter = perimeter
    return abc.update_abstractmethods(cls)


@add_abstract
class Circle(Shape):
    def area(self):
        return 3


print(sorted(Circle.__abstractmethods__))
try:
    Circle()
except TypeError as e:
    print(e)


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))

token = abc.get_cache_token()
print(type(token).__name__)


class Marker(ABC):
    pass


Marker.register(int)
print("changed:", abc.get_cache_token() != token)
token2 = abc.get_cache_token()
Marker.register(int)
print("already registered, unchanged:", abc.get_cache_token() == token2)
print(sorted(n for n in dir(abc) if not n.startswith("_")))
