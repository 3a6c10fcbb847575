# TypedDict: total, Required/NotRequired, inheritance, functional syntax, introspection.
from typing import TypedDict, NotRequired, Required, get_type_hints


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    rating: float
    title: Required[str]


class Sequel(Movie):
    previous: NotRequired[Movie]


m: Movie = {"name": "Blade Runner", "year": 1982}
print(m, type(m))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__))
hints = get_type_hints(Sequel)
print(sorted((k, str(v)) for k, v in hints.items()))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError", e)
