# reveal_type of literals, containers, functions and inferred locals.
from typing import Dict, List, Optional, Tuple

reveal_type(1)  # N: Revealed type is "Literal[1]?"
reveal_type("a")  # N: Revealed type is "Literal['a']?"
reveal_type(True)  # N: Revealed type is "Literal[True]?"
reveal_type(None)  # N: Revealed type is "None"
reveal_type(1.5)  # N: Revealed type is "builtins.float"
reveal_type([1, 2])  # N: Revealed type is "builtins.list[builtins.int]"
reveal_type([1, "a"])  # N: Revealed type is "builtins.list[builtins.object]"
reveal_type({"a": 1})  # N: Revealed type is "builtins.dict[builtins.str, builtins.int]"
reveal_type({1, 2})  # N: Revealed type is "builtins.set[builtins.int]"
reveal_type((1, "a"))  # N: Revealed type is "Tuple[Literal[1]?, Literal['a']?]"
reveal_type([1, None])  # N: Revealed type is "builtins.list[Union[builtins.int, None]]"
x = 5
reveal_type(x)  # N: Revealed type is "builtins.int"
t = (1, "a")
reveal_type(t)  # N: Revealed type is "Tuple[builtins.int, builtins.str]"
reveal_type(len)  # N: Revealed type is "def (typing.Sized) -> builtins.int"
reveal_type(abs(-3))  # N: Revealed type is "builtins.int"
reveal_type(sorted([3, 1]))  # N: Revealed type is "builtins.list[builtins.int]"
reveal_type("a b".split())  # N: Revealed type is "builtins.list[builtins.str]"
reveal_type([c for c in "abc"])  # N: Revealed type is "builtins.list[builtins.str]"
reveal_type({k: 1 for k in "ab"})  # N: Revealed type is "builtins.dict[builtins.str, builtins.int]"
reveal_type(1 + 1.0)  # N: Revealed type is "builtins.float"
reveal_type(max(1, 2))  # N: Revealed type is "builtins.int"
reveal_type(dict(a=1))  # N: Revealed type is "builtins.dict[builtins.str, builtins.int]"


def f(x: int, y: str = "") -> Optional[int]:
    return None


reveal_type(f)  # N: Revealed type is "def (x: builtins.int, y: builtins.str =) -> Union[builtins.int, None]"
reveal_type(f(1))  # N: Revealed type is "Union[builtins.int, None]"
d: Dict[str, List[int]] = {}
reveal_type(d)  # N: Revealed type is "builtins.dict[builtins.str, builtins.list[builtins.int]]"
reveal_type(d["a"])  # N: Revealed type is "builtins.list[builtins.int]"
reveal_type(d.get("a"))  # N: Revealed type is "Union[builtins.list[builtins.int], None]"
tt: Tuple[int, ...] = ()
reveal_type(tt)  # N: Revealed type is "builtins.tuple[builtins.int, ...]"


class K:
    def m(self, a: int) -> None:
        pass


reveal_type(K)  # N: Revealed type is "def () -> reveal.K"
reveal_type(K())  # N: Revealed type is "reveal.K"
reveal_type(K().m)  # N: Revealed type is "def (a: builtins.int)"
