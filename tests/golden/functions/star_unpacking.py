a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *_ = [9, 8, 7]
print(first)
print([*range(3), *"ab", *[None]])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
def g():
    return *[1, 2], 3
print(g())
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
