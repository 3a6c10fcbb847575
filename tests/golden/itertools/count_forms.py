# itertools.count: start/step forms, reprs as it advances, and bad arguments.
from itertools import count, islice

for args, kwargs in [((), {}), ((5,), {}), ((1.5, 0.5), {}), ((1, 2), {}), ((0, -1), {}),
                     ((), {"start": 3}), ((), {"step": 2}), ((10 ** 20,), {}), ((2.0,), {}),
                     ((1, 1.0), {}), ((0.5,), {}), ((1j, 1),{}), ((-3, 0), {})]:
    c = count(*args, **kwargs)
    before = repr(c)
    taken = list(islice(c, 3))
    print(before, taken, repr(c))

class Tenths:
    def __init__(self, n):
        self.n = n
    def __float__(self):
        return self.n / 10
    def __add__(self, other):
        other = other.n if isinstance(other, Tenths) else other * 10
        return Tenths(self.n + other)
    def __repr__(self):
        return f"Tenths({self.n})"

c = count(Tenths(5), Tenths(3))
print(repr(c), list(islice(c, 3)), repr(c))
c = count(Tenths(11))
print(repr(c), next(c), repr(c))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big), repr(big))

for bad in [("a",), (1, "b"), (None,), ([],)]:
    try:
        count(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    count(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    count(foo=1)
except TypeError as e:
    print("TypeError:", e)
print(type(count()).__name__, type(count()).__module__, iter(count()) is not None)
