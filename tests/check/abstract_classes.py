# Abstract classes: instantiating a class that leaves @abstractmethod
# members unimplemented, protocols, type[C] of an abstract class.
from abc import ABC, ABCMeta, abstractmethod
from typing import List, Protocol, Type


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return "shape of area " + str(self.area())


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class FullSquare(Square):
    def perimeter(self) -> float:
        return 4 * self.side


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def run(self, n: int) -> None: ...

    @abstractmethod
    def stop(self) -> None: ...


class NoMeta:
    @abstractmethod
    def go(self) -> None: ...


class Closable(Protocol):
    def close(self) -> None: ...


Shape()  # E: Cannot instantiate abstract class "Shape" with abstract attributes "area" and "perimeter"  [abstract]
Square(2.0)  # E: Cannot instantiate abstract class "Square" with abstract attribute "perimeter"  [abstract]
FullSquare(2.0)
FullSquare("2")  # E: Argument 1 to "FullSquare" has incompatible type "str"; expected "float"  [arg-type]
Base()  # E: Cannot instantiate abstract class "Base" with abstract attributes "name", "run" and "stop"  [abstract]
NoMeta()  # E: Cannot instantiate abstract class "NoMeta" with abstract attribute "go"  [abstract]
Closable()  # E: Cannot instantiate protocol class "Closable"  [misc]
shapes: List[Shape] = [FullSquare(1.0)]
reveal_type(shapes[0].area())  # N: Revealed type is "builtins.float"


def make(kind: Type[Shape]) -> Shape:
    return kind()


make(Shape)  # E: Only concrete class can be given where "Type[Shape]" is expected  [type-abstract]
make(FullSquare)
make(Square)  # E: Only concrete class can be given where "Type[Shape]" is expected  [type-abstract]


def first_area(kind: Type[Square]) -> float:
    return kind(1.0).area()


first_area(FullSquare)
