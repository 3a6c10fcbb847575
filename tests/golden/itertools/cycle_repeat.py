# itertools.cycle and repeat: saved elements, reprs, times, length hints.
from itertools import cycle, repeat, islice
import operator

def noisy():
    for ch in "ab":
        print("produce", ch)
        yield ch

c = cycle(noisy())
print(list(islice(c, 5)))
print(list(cycle([])), list(islice(cycle("x"), 3)))
try:
    cycle(5)
except TypeError as e:
    print("TypeError:", e)
try:
    cycle()
except TypeError as e:
    print("TypeError:", e)

print(repr(repeat("a")), repr(repeat("a", 3)), repr(repeat(None, 0)), repr(repeat(1, -5)))
print(repr(repeat([1], times=2)))
r = repeat("a", 3)
print(operator.length_hint(r), next(r), repr(r), operator.length_hint(r))
print(list(r), repr(r), list(r))
print(list(repeat(1, -2)), list(islice(repeat(7), 4)))
try:
    operator.length_hint(repeat(1))
except TypeError as e:
    print("TypeError:", e)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
try:
    repeat(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    repeat(1, 2.0)
except TypeError as e:
    print("TypeError:", e)
print(list(map(pow, range(4), repeat(2))))
