# settrace events for multi-line comprehensions and nested ones.
from _events import trace


def multi(n):
    return [
        (i, j)
        for i in range(n)
        for j in range(i)
        if j % 2 == 0
    ]


def nested(n):
    return [[j for j in range(i)] for i in range(n)]


def dict_and_set(words):
    lengths = {w: len(w) for w in words}
    firsts = {w[0] for w in words}
    return lengths, sorted(firsts)


trace(multi, 3)
trace(nested, 3)
trace(dict_and_set, ["ab", "c"])
