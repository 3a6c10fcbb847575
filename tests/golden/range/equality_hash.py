# Ranges are equal when they produce the same values; hashes agree.
pairs = [(range(0), range(5, 5)), (range(0, 3), range(3)), (range(0, 10, 2), range(0, 9, 2)),
         (range(1, 2, 5), range(1, 3, 7)), (range(3), range(0, 3, 2)), (range(3, 0, -1), range(3, 0, -1)),
         (range(0, 1), range(0, 2))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else "-")
print(range(3) == [0, 1, 2], range(3) == range(3), range(0) == range(-5))
print(hash(range(0)) == hash(range(7, 2)), hash(range(1, 2)) == hash(range(1, 2, 99)))
print(hash(range(5)), hash(range(2, 20, 3)), hash(range(-4, 4)))
try:
    range(1) < range(2)
except TypeError as e:
    print("TypeError:", e)
d = {range(3): "r"}
print(d[range(0, 3, 1)], range(3) in {range(0, 3)})
