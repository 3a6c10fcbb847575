# The values of `and` / `or`: the left operand's false (or true) values,
# a container left of `and` being only its empty values (mypy's
# false_only), so that a following `or` drops it.
from typing import Dict, List, Optional


def pick(items: List[int], flag: bool, name: Optional[str]) -> None:
    reveal_type(items and flag)  # N: Revealed type is "Union[builtins.list[builtins.int], builtins.bool]"
    reveal_type((items and flag) or flag)  # N: Revealed type is "builtins.bool"
    reveal_type(name or "default")  # N: Revealed type is "builtins.str"
    reveal_type(name and len(name))  # N: Revealed type is "Union[builtins.str, None, builtins.int]"
    reveal_type(flag or items)  # N: Revealed type is "Union[Literal[True], builtins.list[builtins.int]]"
    x: bool = (items and items[0] > 0) or flag
    y: int = name and len(name)  # E: Incompatible types in assignment (expression has type "Union[str, None, int]", variable has type "int")  [assignment]
    z: str = name or 3  # E: Incompatible types in assignment (expression has type "Union[str, int]", variable has type "str")  [assignment]


def first(d: Dict[str, int], key: str) -> int:
    return (d and d.get(key)) or 0
