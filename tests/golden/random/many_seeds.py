# random: the first values of many seeded generators, ints of every size,
# negative ints, floats, strings and bytes (version 1 and 2 seeding).
import random

for seed in list(range(-3, 20)) + [2 ** 31, 2 ** 32, 2 ** 32 + 1, 2 ** 64 - 1, 10 ** 50, -(10 ** 50)]:
    r = random.Random(seed)
    print(seed, r.random(), r.getrandbits(16), r.randrange(1000))
for seed in [0.5, -2.25, 1e300, "", "a", "ü", "a" * 100, b"", b"\x00", bytearray(b"xyz")]:
    r = random.Random(seed)
    print(repr(seed)[:20], r.random())
for seed in ["a", b"a", 5]:
    r = random.Random()
    r.seed(seed, version=1)
    print("v1", repr(seed), r.random())
r = random.Random(1)
print([r.getrandbits(k).bit_length() <= k for k in range(0, 130, 7)])
print(r.getrandbits(1000) % 1000003, r.randbytes(33).hex())
