# Comprehensions: each kind, nesting, conditions, scoping and laziness.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * x for x in data if x % 2])
print({x for x in data if x > 2} == {3, 4, 5, 9, 6})
print({x: x ** 2 for x in data[:3]})
print(list(x + 1 for x in data if x < 4))
print([(a, b) for a in range(3) for b in range(a)])
print([[j for j in range(i)] for i in range(4)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print([v for v in [10] for w in [v + 1]] , [w for v in [10] for w in [v + 1]])

x = "outer"
print([x for x in "ab"], x)


def lazy():
    log = []

    def source():
        for i in range(3):
            log.append(f"yield {i}")
            yield i

    g = (i * 10 for i in source())
    log.append("created")
    first = next(g)
    log.append(f"first {first}")
    rest = list(g)
    return log, rest


print(lazy())


def genexp_first_iter_evaluated_eagerly():
    try:
        (x for x in 1)
    except TypeError as e:
        return "eager: " + str(e)


print(genexp_first_iter_evaluated_eagerly())


class K:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]


print(K.doubled)

print(sorted({k: v for k, v in zip("cab", range(3))}.items()))
print(sum(i for i in range(101)))
print(dict((k, len(k)) for k in ("a", "bb")))
print([*(i for i in range(2)), *{9: 0}])
