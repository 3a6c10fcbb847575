# Union, intersection, difference and symmetric difference, as operators and
# methods: results and their iteration order.
a = {1, 2, 3, 4, 5, 40, 80}
b = {4, 5, 6, 7, 8, 80, 120}
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a.union(b, [200, 9]), a.intersection(b, range(5)), a.difference(b, [1]))
print(a.symmetric_difference(b), a.symmetric_difference([1, 100]), a.union(), a.intersection())
print(a.union("x") == a | {"x"}, a.difference())
small = {16, 32}
big = set(range(0, 100, 8))
print(small & big, big & small, big - small, small - big, big ^ small, small ^ big)
print(set(range(50)) - set(range(3, 50)), set(range(200)) & {199, 0, 64})
print(frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
print(frozenset(a) & b, frozenset(a) - b, frozenset(a) ^ b)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
print(a, b)
c = {1, 2, 3}
print(c | c, c & c, c - c, c ^ c)
print({i * 17 for i in range(30)} & {i * 51 for i in range(30)})
print({i * 17 for i in range(30)} - {i * 34 for i in range(30)})
print({i * 3 for i in range(40)} ^ {i * 5 for i in range(30)})
