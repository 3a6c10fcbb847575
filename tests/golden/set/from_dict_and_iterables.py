# Building sets from dicts, views, strings, generators, ranges and other sets.
d = {5: "a", 3: "b", 17: "c", 33: "d", 1: "e"}
print(set(d), set(d.keys()), set(d.values()) == {"a", "b", "c", "d", "e"}, sorted(set(d.items())))
print(set(range(10, 0, -2)), set(x % 7 for x in range(100)), set(iter([3, 1, 2])))
print(set({1, 2, 3}), set(frozenset([9, 8])), frozenset({4: 0, 2: 0}))
e = {}
for i in range(20):
    e[i * 3] = None
print(set(e))
big = dict.fromkeys(range(0, 300, 7))
print(set(big) == set(range(0, 300, 7)), list(set(big))[:10])
s = set()
s.update({10: 0, 20: 0, 5: 0})
print(s)
s.update(set(range(3)))
print(s)
