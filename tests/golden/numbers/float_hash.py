# hash of floats matches CPython's numeric hash and equal ints.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 0.1, 1e300, 1e-300, 2.0**61, 2.0**62, 123.456, 5e-324,
          float("inf"), float("-inf"), 3.0e18, 1e100, -2.0**64, 0.3333333333333333]:
    print(v, hash(v))
print(hash(2.0**61 - 1) == hash(2**61 - 1), hash(1e20) == hash(10**20), hash(0.5) == hash(0.5))
print(sorted({0.5, 1.5, 2.5, 0.25}), list({0.1: 1, 0.2: 2, 1.0: 3, 1: 4}))
s = set()
for i in range(20):
    s.add(i / 4)
print(list(s))
