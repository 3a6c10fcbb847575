# settrace events for simple statements: assignments, if/elif/else, assert,
# del, augmented assignment, multi-line statements and expressions.
from _events import trace


def simple(a):
    x = a + 1
    y = [x,
         x * 2,
         x * 3]
    z = {
        "k": y,
    }
    x += 1
    del z
    assert x > 0, "positive"
    if x > 100:
        r = "big"
    elif x > 2:
        r = "medium"
    else:
        r = "small"
    s = (x
         + 1)
    pass
    return r, s


def conditions(n):
    out = []
    for i in range(n):
        if i == 0: out.append("zero")
        elif i % 2 == 0:
            out.append("even")
        else:
            out.append(
                "odd"
            )
    return out


def chained(a, b, c):
    return (a < b < c
            and b != 0
            or c)


def ternary(v):
    r = "yes" if v else "no"
    t = (1 if v
         else 2)
    return r, t


def calls():
    return max(1,
               2,
               min(3, 4))


trace(simple, 1)
trace(simple, 200)
trace(simple, -5)
trace(conditions, 4)
trace(chained, 1, 2, 3)
trace(chained, 3, 2, 1)
trace(ternary, True)
trace(ternary, False)
trace(calls)
