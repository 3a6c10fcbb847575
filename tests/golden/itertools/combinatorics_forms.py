# permutations, combinations, combinations_with_replacement: r values and errors.
from itertools import permutations, combinations, combinations_with_replacement as cwr

print(list(permutations("abc")))
print(list(permutations("abc", 2)), list(permutations("abc", 0)), list(permutations("ab", 3)))
print(list(permutations([])), list(permutations(range(3), None)))
print(list(combinations("abcd", 2)), list(combinations("abc", 0)), list(combinations("ab", 3)))
print(list(cwr("abc", 2)), list(cwr("", 0)), list(cwr("", 2)), list(cwr("a", 3)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
print(list(combinations(iterable=[1, 2, 3], r=2)))

for f, args in ((permutations, ("ab", -1)), (combinations, ("ab", -1)), (cwr, ("ab", -1)),
                (permutations, ("ab", "x")), (combinations, ("ab",)), (cwr, ("ab",)),
                (combinations, (5, 1)), (permutations, (None,)), (permutations, ("ab", 1.0))):
    try:
        f(*args)
        print(f.__name__, "accepted")
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__ + ":", e)

p = permutations([1, 2])
print(next(p), list(p), list(p))
print([type(f("a", 1)).__name__ for f in (permutations, combinations, cwr)])

def noisy():
    for ch in "xy":
        print("produce", ch)
        yield ch
c = combinations(noisy(), 1)
print("created", list(c))
