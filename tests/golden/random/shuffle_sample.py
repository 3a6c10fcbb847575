# random: shuffle, sample and choices over many sizes for a fixed seed,
# including sample's counts= and population types.
import random

r = random.Random(314159)
for n in (0, 1, 2, 5, 10, 33):
    items = list(range(n))
    r.shuffle(items)
    print(n, items)
for k in range(0, 6):
    print(k, r.sample(range(10), k), r.sample("abcdef", k), r.sample((1.5, 2.5, 3.5, 4.5, 5.5), k))
print(r.sample(range(10 ** 6), 4), r.sample(range(30), 25)[:5])
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample(range(3), counts=[1, 0, 2], k=3))
print(r.choices("abcd", k=8), r.choices([10, 20, 30], [0.5, 0.3, 0.2], k=6), r.choices("xy", cum_weights=[1, 1.5], k=4))
print(r.choices(range(5), weights=[0, 0, 1, 0, 0], k=3), r.choices([], k=0))
print([r.randrange(0, 100, 10) for _ in range(8)], [r.randrange(2 ** 70) for _ in range(2)])
print([r.choice([True, False]) for _ in range(10)], r.choice(range(2 ** 40)))
