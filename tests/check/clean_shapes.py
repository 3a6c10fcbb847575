# Inheritance, abstract methods, properties; no type errors.
import math
from abc import ABC, abstractmethod
from typing import List


class Shape(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float:
        ...

    @property
    def label(self) -> str:
        return f"{self.name}: {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


shapes: List[Shape] = [Circle(1), Rect(2, 3)]
shapes.sort(key=lambda s: s.area())
for s in shapes:
    print(s.label)
print(max(shapes, key=lambda s: s.area()).name)
