# hash() of ints follows the modulus 2**61 - 1 and agrees with equal floats.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 2**100, -(2**100) + 1, 10**30]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else None)
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(2.5), hash(-2.5))
print(hash(0.1), hash(1e300), hash(1e-300), hash(float("inf")), hash(float("-inf")))
s = {2**61 - 1, 0, 2**64, 7, -7, 2**100, 1.5}
print(len(s), sorted(s))
print(list({10**20: 1, 5: 2, 2**61: 3, 1: 4}))
print(list({x: None for x in [2**70, 3, 2**61 + 5, 17, -1]}))
print(hash(-(2**61 - 1)), hash(-(2**61)), hash(2**122))
