# Named tuples made by calls: typing.NamedTuple("P", [...]) with field
# types and collections.namedtuple("P", ...) whose fields are Any.
from collections import namedtuple
from typing import List, NamedTuple

Pair = NamedTuple("Pair", [("key", str), ("values", List[int])])
pair = Pair("k", [1, 2])
reveal_type(pair)  # N: Revealed type is "Tuple[builtins.str, builtins.list[builtins.int], fallback=namedtuple_functional.Pair]"
reveal_type(pair.values)  # N: Revealed type is "builtins.list[builtins.int]"
reveal_type(pair[0])  # N: Revealed type is "builtins.str"
Pair("k", ["x"])  # E: List item 0 has incompatible type "str"; expected "int"  [list-item]
Pair("k")  # E: Missing positional argument "values" in call to "Pair"  [call-arg]
pair.key = "other"  # E: Property "key" defined in "Pair" is read-only  [misc]

Row = namedtuple("Row", ["left", "right"])
Cell = namedtuple("Cell", "row col value", defaults=(None,))
r = Row(1, "a")
reveal_type(r.left)  # N: Revealed type is "Any"
Row(1)  # E: Missing positional argument "right" in call to "Row"  [call-arg]
Row(1, 2, 3)  # E: Too many arguments for "Row"  [call-arg]
c = Cell(1, 2)
Cell(1)  # E: Missing positional argument "col" in call to "Cell"  [call-arg]
reveal_type(c)  # N: Revealed type is "Tuple[Any, Any, Any, fallback=namedtuple_functional.Cell]"
a, b = r
a, b, d = r  # E: Need more than 2 values to unpack (3 expected)  [misc]
r.middle  # E: "Row" has no attribute "middle"  [attr-defined]


def keys(pairs: List[Pair]) -> List[str]:
    return [pp.key for pp in pairs]


keys([pair])
keys([r])  # E: List item 0 has incompatible type "Row"; expected "Pair"  [list-item]
