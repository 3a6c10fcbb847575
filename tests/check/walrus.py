# Assignment expressions and narrowing through them.
import re
from typing import Optional


def find(s: str) -> Optional[str]:
    if (m := re.match(r"a+", s)) is not None:
        return m.group(0)
    return None


def length(s: Optional[str]) -> int:
    if (n := s) is None:
        return 0
    return len(n)


if (x := 10) > 5:
    x + "s"  # E: Unsupported operand types for + ("int" and "str")  [operator]
data = [1, 2, 3]
if (count := len(data)) > 2:
    count.upper()  # E: "int" has no attribute "upper"  [attr-defined]
