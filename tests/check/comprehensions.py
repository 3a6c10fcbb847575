# Comprehensions and generator expressions: scopes and item types.
from typing import Dict, List, Set

words = ["a", "bb"]
lengths = [len(w) for w in words]
reveal_type(lengths)  # N: Revealed type is "builtins.list[builtins.int]"
upper = {w.upper() for w in words}
reveal_type(upper)  # N: Revealed type is "builtins.set[builtins.str]"
index = {w: i for i, w in enumerate(words)}
reveal_type(index)  # N: Revealed type is "builtins.dict[builtins.str, builtins.int]"
bad = [w + 1 for w in words]  # E: Unsupported operand types for + ("str" and "int")  [operator]
nested = [c for w in words for c in w]
reveal_type(nested)  # N: Revealed type is "builtins.list[builtins.str]"
filtered: List[int] = [n for n in lengths if n > 1]
wrong: List[str] = [n for n in lengths]  # E: List comprehension has incompatible type List[int]; expected List[str]  [misc]
gen = (w for w in words)
reveal_type(gen)  # N: Revealed type is "typing.Generator[builtins.str, None, None]"
total = sum(len(w) for w in words)
reveal_type(total)  # N: Revealed type is "builtins.int"
w  # E: Name "w" is not defined  [name-defined]
