# Tuple packing and unpacking, including the errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
a, *b, c = range(6)
print(a, b, c)
*a, = (1, 2)
print(a)
def two():
    x, y = (1, 2, 3)
attempt(two)
def three():
    x, y, z = (1, 2)
attempt(three)
def star():
    x, y, *z = (1,)
attempt(star)
def notiter():
    x, y = 5
attempt(notiter)
print([(i, s) for i, s in enumerate("ab")])
for k, v in {1: "a", 2: "b"}.items():
    print(k, v)
print(tuple(zip((1, 2), ("a", "b"))))
