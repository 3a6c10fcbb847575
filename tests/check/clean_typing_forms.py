# Enums, NamedTuple, TypedDict, Protocol and dataclasses used correctly.
import enum
from dataclasses import dataclass
from typing import Iterator, List, NamedTuple, Protocol, TypedDict


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Point(NamedTuple):
    x: int
    y: int


class Movie(TypedDict):
    title: str
    year: int


class Sized2(Protocol):
    def size(self) -> int:
        ...


@dataclass(frozen=True)
class Box:
    width: int
    height: int = 1

    def size(self) -> int:
        return self.width * self.height


def total(items: List[Sized2]) -> int:
    return sum(i.size() for i in items)


def colors() -> Iterator[Color]:
    for c in Color:
        yield c


p = Point(1, 2)
m: Movie = {"title": "x", "year": 1999}
print(Color.RED.name, Color(1), p.x + p.y, m["title"], total([Box(2)]), list(colors()))
