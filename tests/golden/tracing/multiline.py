# settrace events for statements spread over several lines: calls with
# arguments on their own lines, long conditions, dict and list displays.
from _events import trace


def add(a, b, c):
    return a + b + c


def spread(x):
    total = add(
        x,
        x * 2,
        x * 3,
    )
    if (total > 10
            and x > 1):
        table = {
            "a": 1,
            "b": total,
        }
    else:
        table = [
            total,
        ]
    return table


trace(spread, 1)
trace(spread, 3)
