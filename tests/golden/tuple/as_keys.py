# Tuples as dict keys and set members: order of sets of tuples follows the
# tuple hash.
s = set()
for i in range(6):
    for j in range(3):
        s.add((i, j))
print(s)
print({(1, 1), (2, 2), (3, 3), (1, 2), (2, 1)})
print({(x, -x) for x in range(10)})
print({(x,) for x in range(20)})
print({((x, x), x) for x in range(5)})
print({(1, "a")} == {(1, "a")}, (1, 2) in {(1, 2)}, (1.0, 2.0) in {(1, 2)})
d = {}
for i in range(5):
    d[(i, i * i)] = i
print(d, d[(2, 4)], (3, 9) in d)
print(frozenset({(1, 2), (3, 4), (5, 6)}))
