# tuple hashes are CPython's xxHash-based ones: they decide set and dict
# layouts, so they must match exactly.
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((0, 0)))
print(hash(((1, 2), (3, 4))), hash((None,)) == hash((None,)), hash((True, False)))
print(hash((1.5, 2.25)), hash((2**64, -2**64)), hash((10**20,)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)))
for n in range(8):
    print(n, hash(tuple(range(n))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, {}))
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "a", (1, 2.0): "b", (3,): "c"}
print(d, len(d))
print({(1, 2), (2, 1), (0, 0), (5, 5), (-1, -1)})
print({(i, j) for i in range(3) for j in range(3)})
print(hash(frozenset({(1, 2)})))
