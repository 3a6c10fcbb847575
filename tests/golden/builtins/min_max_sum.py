# min, max (key=, default=) and sum (start=, int and float fast paths).
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min("hello"), max("abc", "abd", key=lambda s: s[-1]))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0), max([[1], [2, 3]], key=len))
print(max(1, 2.5), min(-1, -1.0), max([3, 3.0]), min([(1, "b"), (1, "a")]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []))
print(sum(range(101)), sum([2**62, 2**62, 2**62]), sum([1.5, 2, 3]), sum((x * x for x in range(4)), start=1))
print(sum([True, True, False]), sum([], 5), sum([0.5, 0.25], 1))
for bad in ["max()", "max([])", "min(1)", "max(1, 2, default=3)", "sum(['a'], '')", "sum([b'a'], b'')",
            "sum()", "max(1, 2, foo=3)", "sum([1, 'a'])"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
