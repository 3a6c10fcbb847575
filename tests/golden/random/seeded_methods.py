# random: CPython's exact sequences for seeded generators, method by method.
import random

def show(label, values):
    print(label, [round(v, 12) if isinstance(v, float) else v for v in values])

for seed in (0, 1, 42, -7, 2 ** 100, 3.5, "hello", b"bytes", bytearray(b"ba")):
    random.seed(seed)
    show(repr(seed), [random.random() for _ in range(3)])
random.seed(42)
print(random.random())
r = random.Random(12345)
show("getrandbits", [r.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 100, 200)])
show("randrange", [r.randrange(10) for _ in range(10)] + [r.randrange(5, 100, 7) for _ in range(5)] + [r.randrange(-50, -10) for _ in range(3)])
show("randint", [r.randint(1, 6) for _ in range(12)] + [r.randint(-10 ** 20, 10 ** 20)])
show("choice", [r.choice("abcdefg") for _ in range(10)] + [r.choice(range(1000))])
deck = list(range(20))
r.shuffle(deck)
print("shuffle", deck)
show("sample", [r.sample(range(100), 5), r.sample(["a", "b", "c", "d"], 4), r.sample(range(10 ** 9), 3), r.sample(["x", "y"], counts=[2, 3], k=4)])
show("choices", [r.choices("abc", k=5), r.choices("abc", weights=[1, 5, 10], k=6), r.choices(range(4), cum_weights=[1, 2, 3, 10], k=5)])
show("uniform", [r.uniform(1, 10) for _ in range(3)])
show("triangular", [r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 5)])
show("gauss", [r.gauss(0, 1) for _ in range(4)] + [r.gauss(10, 2.5)])
show("normalvariate", [r.normalvariate(0, 1) for _ in range(3)])
show("lognormvariate", [r.lognormvariate(0, 0.5) for _ in range(2)])
show("expovariate", [r.expovariate(1.5) for _ in range(3)])
show("vonmisesvariate", [r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0), r.vonmisesvariate(3, 1e-7)])
show("gammavariate", [r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 0.5)])
show("betavariate", [r.betavariate(2, 3), r.betavariate(0.5, 0.5)])
show("paretovariate", [r.paretovariate(2.5)])
show("weibullvariate", [r.weibullvariate(1, 1.5)])
print("randbytes", r.randbytes(0), r.randbytes(5), r.randbytes(17).hex())
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print("setstate", first == [r.random() for _ in range(3)], len(state), state[0], len(state[1]), state[2])
r2 = random.Random()
r2.setstate(state)
print("copy state", r2.random() == first[0])
class Mine(random.Random):
    pass
m = Mine(7)
print("subclass", m.random(), m.randint(0, 100), Mine(7).random() == Mine(7).random())
import _random
base = _random.Random(99)
print("_random", base.random(), base.getrandbits(40), len(base.getstate()), base.getstate()[-1])
base.seed(-99)
print(base.random() == _random.Random(99).random())
class TwoArgs(random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
print("two args", TwoArgs(1, 2).random() == random.Random(3).random())
class KeywordInit(random.Random):
    def __init__(self, *, seed):
        super().__init__(seed)
print("keyword init", KeywordInit(seed=5).random() == random.Random(5).random())
