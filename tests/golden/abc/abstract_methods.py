# Abstract methods: __abstractmethods__ computed from the class body and the
# bases, the instantiation error, abstract properties/classmethods, and
# update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "shape"

print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print(e)

class Half(Shape):
    def area(self):
        return 1
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print(e)

class Square(Half):
    def perimeter(self):
        return 4
print(Square.__abstractmethods__, Square().area(), Square().describe())

class Reabstract(Square):
    area = abstractmethod(lambda self: 0)
print(sorted(Reabstract.__abstractmethods__))

class WithProps(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(WithProps.__abstractmethods__))
try:
    WithProps()
except TypeError as e:
    print(e)

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def only(self): ...
try:
    Meta()
except TypeError as e:
    print(e)

class Later(ABC):
    def run(self):
        return "ran"
Later.run = abstractmethod(Later.run)
print(Later.__abstractmethods__, Later().run())
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print(e)

class Plain:
    pass
Plain.__abstractmethods__ = frozenset({"x"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
print(ABC.__abstractmethods__, type(ABC._abc_impl).__name__)
