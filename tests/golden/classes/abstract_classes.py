from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.name(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__))
print(Square.__abstractmethods__)

class Duck:
    def area(self): return 1
    def name(self): return "duck"
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
