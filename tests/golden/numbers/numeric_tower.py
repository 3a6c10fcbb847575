# Mixed arithmetic across bool, int, float and complex.
vals = [True, 3, 2**70, 1.5, 2 + 1j]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(f"{type(r).__name__}:{r!r}")
    print(" ".join(row))
for a in vals:
    print([type(a * b).__name__ for b in vals], [type(a - b).__name__ for b in vals])
print(sum([1, 2.5, 3j, True]), sum([0.1] * 10), sum(range(100)) / 7)
print(divmod(7, 2.5), divmod(-7.5, 2), 7 // 2.5, 7 % 2.5, 2**70 % 3.5, 2**70 // 1.5)
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(1j, complex), int.__mro__, float.__mro__)
print(abs(-3), abs(-3.5), abs(3 - 4j), abs(True), abs(-(2**80)))
