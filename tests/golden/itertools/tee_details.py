# itertools.tee: independence, tee of tee, __copy__, n values and errors.
from itertools import tee, islice

def noisy():
    for i in range(4):
        print("produce", i)
        yield i

a, b = tee(noisy())
print(next(a), next(a))
print(next(b))
print(list(a), list(b))

print(tee("abc", 0), len(tee("abc", 5)))
x, = tee("xy", 1)
print(type(x).__name__, list(x))
try:
    tee("a", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    tee(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tee("a", "b")
except TypeError as e:
    print("TypeError:", e)

t1, t2 = tee(iter("hello"))
next(t1)
t3, t4 = tee(t1)
print(t3 is t1, type(t3).__name__)
print(list(t3), list(t4), list(t2))

base, = tee(range(5), 1)
next(base)
c = base.__copy__()
c2 = c.__copy__()
d = base.__copy__()
print(list(base), list(c), list(d), list(c2))


first, second = tee(range(3))
print(list(zip(first, second)))
m1, m2 = tee(islice(range(100), 3))
print(list(m1), list(m2))
try:
    type(m1)(5)
except TypeError as e:
    print("TypeError:", e)
print(list(type(m1)([1, 2])))
