# datetime.timedelta: construction from every unit (ints, floats, rounding halves to even), arithmetic with ints,
# floats and timedeltas, division and remainders, reprs and str, overflow and type errors with CPython's messages.
import random
from datetime import timedelta as td

def show(label, f):
    try:
        r = f()
        print(label, repr(r), str(r) if isinstance(r, td) else "")
    except Exception as e:
        print(label, type(e).__name__, e)

units = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
rng = random.Random(7)
vals = [0, 1, -1, 0.5, -0.5, 1.5, 2.5, 1e-7, 0.1, 1/3, -2/3, 123456789, -98765.4321, 10**6, 86399.9999995, 0.0000015, True]
for i in range(300):
    kw = {}
    for u in rng.sample(units, rng.randint(1, 4)):
        kw[u] = rng.choice(vals)
    show(kw, lambda: td(**kw))
for args in [(1, 2, 3, 4, 5, 6, 7), (0.5,), (0, 0.5), (0, 0, 0.5), (0, 0, 1.5), (0, 0, 2.5), (0, 0, -0.5), (-1,), (1e9,),
             (999999999, 86399, 999999), (-999999999,), (10**10,), (10**30,), (0, 10**30), (0, 0, 10**30, 0, 0, 0, -10**30),
             (float("inf"),), (float("nan"),), ("1",), (None,), (1j,), (0, 0, 0, 0, 0, 0, 1.5)]:
    show(args, lambda: td(*args))
show("kw", lambda: td(fortnights=1))
show("kw2", lambda: td(1, days=1))
show("too many", lambda: td(1, 2, 3, 4, 5, 6, 7, 8))
a, b = td(days=3, hours=5, microseconds=7), td(hours=-7, seconds=13)
for op, f in [("+", lambda: a + b), ("-", lambda: a - b), ("neg", lambda: -a), ("pos", lambda: +b), ("abs", lambda: abs(b)),
              ("*3", lambda: a * 3), ("3*", lambda: 3 * b), ("*-2.5", lambda: a * -2.5), ("*1/3", lambda: b * (1/3)),
              ("*big", lambda: a * 10**20), ("/td", lambda: a / b), ("//td", lambda: a // b), ("%td", lambda: a % b),
              ("divmod", lambda: divmod(a, b)), ("divmod-", lambda: divmod(-a, b)), ("/3", lambda: a / 3), ("/-7", lambda: b / -7),
              ("//3", lambda: a // 3), ("//-7", lambda: b // -7), ("/2.5", lambda: a / 2.5), ("/0.0", lambda: a / 0.0),
              ("/0", lambda: a / 0), ("//0", lambda: a // 0), ("%0", lambda: a % td(0)), ("//0td", lambda: a // td(0)),
              ("/0td", lambda: a / td(0)), ("divmod0", lambda: divmod(a, td(0))), ("+1", lambda: a + 1), ("1+", lambda: 1 + a),
              ("-1", lambda: a - 1), ("*td", lambda: a * b), ("*str", lambda: a * "x"), ("str*", lambda: "x" * a),
              ("/str", lambda: a / "x"), ("1/", lambda: 1 / a), ("1//", lambda: 1 // a), ("%1", lambda: a % 1),
              ("inf", lambda: a * float("inf")), ("nan", lambda: a * float("nan")), ("/inf", lambda: a / float("inf")),
              ("max+", lambda: td.max + td.resolution), ("min-", lambda: td.min - td.resolution), ("max*2", lambda: td.max * 2),
              ("max*10", lambda: td.max * 10), ("-min", lambda: -td.min), ("abs min", lambda: abs(td.min)),
              ("total", lambda: a.total_seconds()), ("total max", lambda: td.max.total_seconds()), ("total min", lambda: td.min.total_seconds()),
              ("total small", lambda: td(microseconds=-1).total_seconds()), ("bool0", lambda: bool(td(0))), ("bool", lambda: bool(b)),
              ("attrs", lambda: (b.days, b.seconds, b.microseconds)), ("max", lambda: td.max), ("min", lambda: td.min), ("res", lambda: td.resolution),
              ("float*", lambda: 0.1 * td(days=1)), ("bool*", lambda: True * a), ("round", lambda: td(microseconds=1) / 2),
              ("round3", lambda: td(microseconds=3) / 2), ("round-", lambda: td(microseconds=-3) / 2), ("round*", lambda: td(microseconds=5) * 0.5)]:
    show(op, f)
for x in [td(0), td(days=1), td(days=-1), td(seconds=-1), td(microseconds=-1), td(days=2, seconds=7), td(days=-2, microseconds=1), td.max, td.min]:
    print(repr(x), str(x), x.days, x.seconds, x.microseconds)
print(sorted([a, b, td(0), -a]), a > b, a >= a, a < b, a <= b, a == td(days=3, hours=5, microseconds=7), a != b)
for op in ["<", "<=", ">", ">="]:
    show(op, lambda: eval("a " + op + " 1"))
print(a == 1, a != "x", td(0) == 0, hash(td(days=1)) == hash(td(hours=24)), hash(td(1, 2, 3)) == hash((1, 2, 3)))
print(td.__name__, td.__module__, td.__qualname__, type(td.max), td.max.__reduce__())
