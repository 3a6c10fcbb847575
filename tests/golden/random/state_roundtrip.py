# random: getstate/setstate round trips between instances and modules,
# gauss's cached value in the state, and _random's raw state.
import random
import _random

a = random.Random(11)
a.gauss()
state = a.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
b = random.Random()
b.setstate(state)
print([a.random() == b.random() for _ in range(3)], a.gauss() == b.gauss())
random.seed(5)
random.random()
saved = random.getstate()
first = [random.randint(0, 10 ** 6) for _ in range(5)]
random.setstate(saved)
print(first == [random.randint(0, 10 ** 6) for _ in range(5)], first)
raw = _random.Random(3)
raw.random()
s = raw.getstate()
other = _random.Random()
other.setstate(s)
print(other.random() == raw.random(), s[-1], min(s[:-1]) >= 0, max(s[:-1]) < 2 ** 32)
c = random.Random()
c.setstate((2, tuple(s), None))
print(round(c.random(), 12))
