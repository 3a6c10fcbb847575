# itertools.accumulate: default addition, func, initial, and errors.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([[1], [2]], operator.add)))
print(list(accumulate([1, 2], func=lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate(iterable=[1, 2], func=None)))
print(list(accumulate([1, 2], None, initial=None)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate()
except TypeError as e:
    print("TypeError:", e)
try:
    list(accumulate([1, 2], 5))
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate([1], operator.add, 0)
except TypeError as e:
    print("TypeError:", e)

def noisy():
    for i in range(3):
        print("produce", i)
        yield i

a = accumulate(noisy(), initial=-1)
print(next(a))
print(next(a))
print(list(a))
print(type(a).__name__)
