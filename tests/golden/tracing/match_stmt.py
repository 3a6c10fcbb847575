# settrace events for `match`: each case tried, guards, captures.
from _events import trace


def classify(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n > 10:
            return "big"
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": val}:
            return f"dict {val}"
        case _:
            return "other"


for value in (0, 50, [1, 2], {"k": 3}, "x"):
    trace(classify, value)
