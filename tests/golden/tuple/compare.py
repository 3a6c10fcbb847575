# Ordering and equality of tuples.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

cases = [((), ()), ((), (0,)), ((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2, 3), (1, 2)),
         ((2,), (1, 100)), (("a", 1), ("a", 0)), ((1.0,), (1,))]
for a, b in cases:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
attempt(lambda: (1, 2) < (1, "x"))
attempt(lambda: (1,) < [1])
print((1, 2) == [1, 2], (1, "x") < (2, 0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max((1, 2), (1, 3), (0, 9)), min([(3,), (1, 2), (1,)]))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < t)
