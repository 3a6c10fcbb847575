import random
random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdef"), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample(range(1000), 30)[:5])
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(5, 2))
print(random.getrandbits(8), random.getrandbits(100), random.getrandbits(0))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.expovariate(2.0), random.normalvariate(0, 1), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.paretovariate(3))
print(random.randbytes(5))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(0, 10 ** 30))
random.seed(2 ** 80 + 7)
print(random.random())
random.seed(-5)
print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
