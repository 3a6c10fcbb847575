# iter(callable, sentinel): stops at the sentinel, at StopIteration, and checks callability.
values = iter([5, 4, 3, 2, 1])
it = iter(lambda: next(values), 2)
print(list(it), list(it), next(values))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

print(list(iter(Counter(), None)))

class EqualsEverything:
    def __eq__(self, other):
        print("compared with", other)
        return other == 2

print(list(iter(Counter(), EqualsEverything())))

try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print("TypeError:", e)

def raising():
    raise ValueError("callable failed")

try:
    next(iter(raising, None))
except ValueError as e:
    print("ValueError:", e)

import functools
lines = iter(["a", "b", "", "c"])
print(list(iter(functools.partial(next, lines), "")))
print(type(iter(int, 1)).__name__)
