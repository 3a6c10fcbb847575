from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5)
next(c)
print(repr(c), repr(count(1, 2)), repr(count(1.5)), repr(count(2 ** 70)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 2)))
r = repeat("a", 3)
next(r)
print(repr(r), repr(repeat(None)), r.__length_hint__())
print(list(map(pow, range(5), repeat(2))))
try:
    count("a")
except TypeError as e:
    print(e)
