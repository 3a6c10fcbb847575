# TypedDict classes: displays checked key by key, literal keys, item
# types, total=False and NotRequired items, inheritance, .get.
from typing import List, Mapping, Optional, TypedDict

from typing_extensions import NotRequired


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    stars: float
    reviews: List[str]


class Song(TypedDict):
    name: str
    album: NotRequired[str]


m: Movie = {"title": "Blade Runner", "year": 1982}
reveal_type(m)  # N: Revealed type is "TypedDict('typeddicts.Movie', {'title': builtins.str, 'year': builtins.int})"
reveal_type(m["title"])  # N: Revealed type is "builtins.str"
reveal_type(m["year"] + 1)  # N: Revealed type is "builtins.int"
m["director"]  # E: TypedDict "Movie" has no key "director"  [typeddict-item]
m["year"] = "1982"  # E: Value of "year" has incompatible type "str"; expected "int"  [typeddict-item]
m["title"] = "Alien"
missing: Movie = {"title": "Alien"}  # E: Missing key "year" for TypedDict "Movie"  [typeddict-item]
wrong: Movie = {"title": "Alien", "year": "1979"}  # E: Incompatible types (expression has type "str", TypedDict item "year" has type "int")  [typeddict-item]
extra: Movie = {"title": "Alien", "year": 1979, "studio": "Fox"}  # E: Extra key "studio" for TypedDict "Movie"  [typeddict-item]
empty: Movie = {}  # E: Missing keys ("title", "year") for TypedDict "Movie"  [typeddict-item]
r: Rated = {"title": "Heat", "year": 1995}
r2: Rated = {"title": "Heat", "year": 1995, "stars": "five"}  # E: Incompatible types (expression has type "str", TypedDict item "stars" has type "float")  [typeddict-item]
reveal_type(r.get("stars"))  # N: Revealed type is "Union[builtins.float, None]"
reveal_type(r.get("reviews", []))  # N: Revealed type is "builtins.list[builtins.str]"
reveal_type(m.get("year"))  # N: Revealed type is "Union[builtins.int, None]"
s: Song = {"name": "x"}
s2: Song = {"album": "y"}  # E: Missing key "name" for TypedDict "Song"  [typeddict-item]
reveal_type(s)  # N: Revealed type is "TypedDict('typeddicts.Song', {'name': builtins.str, 'album'?: builtins.str})"


def year_of(movie: Movie) -> int:
    return movie["year"]


year_of({"title": "Up", "year": 2009})
year_of({"title": "Up"})  # E: Missing key "year" for TypedDict "Movie"  [typeddict-item]
year_of(r)
year_of(s)  # E: Argument 1 to "year_of" has incompatible type "Song"; expected "Movie"  [arg-type]
key = "title"
m[key]  # E: TypedDict key must be a string literal; expected one of ("title", "year")  [literal-required]


def lookup(k: str) -> object:
    return m[k]  # E: TypedDict key must be a string literal; expected one of ("title", "year")  [literal-required]


for field in m:
    reveal_type(field)  # N: Revealed type is "builtins.str"
as_mapping: Mapping[str, object] = m
as_dict: dict = m  # E: Incompatible types in assignment (expression has type "Movie", variable has type "Dict[Any, Any]")  [assignment]
maybe: Optional[Movie] = {"title": "x", "year": 1}
maybe = {"title": "x"}  # E: Incompatible types in assignment (expression has type "Dict[str, str]", variable has type "Optional[Movie]")  [assignment]
del m["title"]  # E: Key "title" of TypedDict "Movie" cannot be deleted  [misc]
del r["stars"]
