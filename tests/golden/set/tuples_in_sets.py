# Sets whose order depends on tuple and frozenset hashes.
print({(1, 2), (3, 4), (5, 6), (7, 8)})
print(set((i, i % 3) for i in range(12)))
print({(i, (i, i)) for i in range(6)})
print({frozenset([i]) for i in range(6)})
print({(False, i) for i in range(4)}, {(True, i) for i in range(4)})
print(set(zip(range(8), range(8, 0, -1))))
print({(-i, i) for i in range(10)} & {(-i, i) for i in range(5, 15)})
print({(1,), (1, 1), (1, 1, 1), (), ((),)})
