# Subset and superset tests: issubset, issuperset, isdisjoint and < <= > >=.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, b > a, b >= a, a < a, a <= a, a == b, a != b)
print(a.issubset(b), a.issubset([1, 2]), a.issubset("12"), b.issuperset(a), b.issuperset([3]))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(range(5, 10)), set().isdisjoint(set()))
print({1} < frozenset({1, 2}), frozenset({1}) <= {1}, frozenset() < set())
for x, y in [({1}, {2}), (set(), {1}), ({1, 2}, {2, 3}), ({5}, {5})]:
    print(x, y, x < y, x <= y, x == y, x > y, x >= y)
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    a.issubset(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted([{1, 2}, {1}, {2}], key=len))
print(a == {1.0, 2.0}, {1, 2} <= {1.0, 2.0, 3.0})
