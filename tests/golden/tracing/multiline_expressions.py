# Line events inside multi-line expressions: calls whose arguments span
# lines (nested calls), chained comparisons and boolean operators split
# over lines, a multi-line subscript assignment, dict/list displays and
# a conditional expression across lines.
from _events import trace


def f(*args, **kwargs):
    return len(args) + len(kwargs)


def calls():
    total = f(
        1,
        f(2,
          3),
        key=f(
            4),
    )
    return total


def booleans(a, b, c):
    ok = (a < b
          < c)
    either = (a
              or b
              and c)
    return ok, either


def displays(n):
    table = {
        "a": n,
        "b": [n,
              n + 1],
    }
    table[
        "c"
    ] = n * 2
    pick = (table["a"]
            if n > 1
            else table["b"])
    return pick


trace(calls)
trace(booleans, 1, 2, 3)
trace(booleans, 0, 0, 3)
trace(displays, 1)
trace(displays, 5)
