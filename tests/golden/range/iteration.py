# Iterating ranges: reversed(), __length_hint__, nested loops, exhaustion.
r = range(2, 12, 3)
it = iter(r)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
rv = reversed(r)
print(type(rv).__name__, list(rv), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
total = 0
for i in range(100):
    for j in range(i, 100, 7):
        total += j
print(total)
print([i for i in range(-5, 5) if i % 2], list(range(0, -10, -3)), list(range(5, 5)))
print(list(enumerate(range(3), 1)), list(zip(range(3), range(3, 0, -1))), list(map(abs, range(-2, 2))))
acc = []
for i in range(3):
    acc.append(i)
    i = 10
print(acc)
print(sorted(range(10), key=lambda x: -x)[:3], tuple(range(4)), set(range(4)))
