# Building dicts with comprehensions, iterating, reversed() and sorted().
squares = {x: x * x for x in range(8)}
print(squares)
print({v: k for k, v in squares.items() if k % 2})
print(list(reversed(squares)), list(reversed(squares.items()))[:2])
print(sorted(squares, reverse=True), max(squares), min(squares.values()))
print(sum(squares), any(squares), all({0: 1}), list(enumerate(squares))[:3])
inv = {}
for k, v in [("a", 1), ("b", 2), ("c", 1)]:
    inv.setdefault(v, []).append(k)
print(inv)
it = iter({1: 2})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), next(it, None))
print(dict(sorted({"b": 1, "a": 2}.items())), {k: None for k in "hello"})
