# Set operations on dict_keys and dict_items views give sets.
d = {1: "a", 2: "b", 3: "c", 4: "d"}
e = {3: "x", 4: "d", 5: "y"}
k, ek = d.keys(), e.keys()
print(k & ek, k | ek, k - ek, k ^ ek)
print(k & {2, 3, 10}, k | [7, 8], k - (1, 2), k ^ range(3, 7))
print({2, 3, 10} & k, [7, 8] | k, (1, 2) - k if False else {1, 2} - k, range(3, 7) ^ k)
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() | e.items()))
print(d.items() ^ e.items() == {(1, "a"), (2, "b"), (3, "c"), (3, "x"), (5, "y")})
print(k.isdisjoint({9}), k.isdisjoint([1]), d.items().isdisjoint([(1, "a")]))
print(type(k & ek).__name__, type(k | ek).__name__)
try:
    k & 5
except TypeError as e:
    print("TypeError:", e)
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError:", e)
big = {i: i for i in range(100)}
print(sorted(big.keys() & range(95, 105)), len(big.keys() - range(50)))
print({i: 0 for i in range(10)}.keys() - {i: 0 for i in range(0, 10, 2)}.keys())
