# pairwise and starmap: results, laziness and errors.
from itertools import pairwise, starmap

print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(pairwise(range(4))))

def noisy():
    for i in range(3):
        print("produce", i)
        yield i

p = pairwise(noisy())
print(next(p))
print(next(p))
print(next(p, "done"))
try:
    pairwise(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pairwise("ab", "cd")
except TypeError as e:
    print("TypeError:", e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, ["ab", (1,), ()])))
print(list(starmap(max, [[1, 5, 2]])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(starmap(5, [(1,)]))
except TypeError as e:
    print("TypeError:", e)
try:
    starmap(pow)
except TypeError as e:
    print("TypeError:", e)
try:
    list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e:
    print("TypeError:", e)
s = starmap(divmod, iter([(7, 2), (9, 3)]))
print(next(s), list(s), list(s))
print(type(pairwise("")).__name__, type(starmap(abs, [])).__name__)
