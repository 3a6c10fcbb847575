# Unpacking iterators into targets: counts, starred targets, error messages.
def gen(n):
    yield from range(n)

a, b = gen(2)
print(a, b)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(1)
print(init, last)
x, *mid, y = "abcde"
print(x, mid, y)

for n, target in ((3, 2), (1, 2), (0, 1)):
    try:
        p, q = gen(n)
    except ValueError as e:
        print("ValueError:", e)
try:
    p, q, r = gen(1)
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r, s = gen(2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (a, b), c = [1, 2], 3
except TypeError as e:
    print("TypeError:", e)
print([*gen(3), *"ab"], (*gen(2),), {*gen(2)})
print(dict(**{"k": 1}), [*{"a": 1, "b": 2}])

def f(*args):
    return args
print(f(*gen(3), *[9]))

class Weird:
    def __iter__(self):
        return iter([1, 2, 3])
try:
    u, v = Weird()
except ValueError as e:
    print("ValueError:", e)
