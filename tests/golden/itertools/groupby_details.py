# itertools.groupby: keys, groups invalidated by advancing, empty inputs and errors.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(groupby([])))

groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])

it = groupby("xxyz")
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))

it = groupby("aab")
k, g = next(it)
print(next(g))
k2, g2 = next(it)
print(list(g), k2, list(g2))

print(type(groupby("a")).__name__, type(next(groupby("a"))[1]).__name__)
print([k for k, _ in groupby(sorted("mississippi"))])
print({k: len(list(g)) for k, g in groupby(sorted("mississippi"))})
try:
    groupby(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(groupby([1, 2], key=5))
except TypeError as e:
    print("TypeError:", e)
try:
    list(groupby([1, "a"], key=lambda x: x > 0))
except TypeError as e:
    print("TypeError:", e)

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("compare", self.v, other.v)
        return self.v // 10 == other.v // 10
    def __repr__(self):
        return f"Eq({self.v})"

print([(k, list(g)) for k, g in groupby([Eq(1), Eq(5), Eq(12)])])
print(list(groupby("ab", key=None))[0][0], list(groupby(iterable="q"))[0][0])
