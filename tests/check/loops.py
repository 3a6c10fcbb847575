# Loops: for over iterables, while, break/else, narrowing through loops.
from typing import Iterator, List, Optional


def count(xs: List[str]) -> int:
    n = 0
    for x in xs:
        n += x  # E: Unsupported operand types for + ("int" and "str")  [operator]
    return n


def find(xs: List[int], target: int) -> Optional[int]:
    result = None
    for i, x in enumerate(xs):
        if x == target:
            result = i
            break
    return result


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        yield i
    yield "s"  # E: Incompatible types in "yield" (actual type "str", expected type "int")  [misc]


def walk(n: int) -> int:
    node: Optional[int] = n
    steps = 0
    while node is not None:
        steps += 1
        node = node - 1 if node > 0 else None
    return steps


for ch in "abc":
    ch + 1  # E: Unsupported operand types for + ("str" and "int")  [operator]
for z in 5:  # E: "int" has no attribute "__iter__"; maybe "__int__"? (not iterable)  [attr-defined]
    pass
for q in [1, 2]:
    pass
else:
    q.upper()  # E: "int" has no attribute "upper"  [attr-defined]
