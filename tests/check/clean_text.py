# Text processing with no type errors.
import re
from collections import Counter
from typing import Dict, List, Tuple


def words(text: str) -> List[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


def top(text: str, n: int = 3) -> List[Tuple[str, int]]:
    return Counter(words(text)).most_common(n)


def index(lines: List[str]) -> Dict[str, List[int]]:
    result: Dict[str, List[int]] = {}
    for number, line in enumerate(lines, 1):
        for w in words(line):
            result.setdefault(w, []).append(number)
    return result


def wrap(text: str, width: int) -> str:
    out: List[str] = []
    current = ""
    for w in text.split():
        if len(current) + len(w) + 1 > width and current:
            out.append(current)
            current = w
        else:
            current = (current + " " + w).strip()
    if current:
        out.append(current)
    return "\n".join(out)


sample = "the quick brown fox jumps over the lazy dog the end"
print(top(sample))
print(sorted(index(sample.split("o")).items())[:2])
print(wrap(sample, 10))
print(f"{len(sample):>5} chars, {sample.count('the')} times 'the'")
