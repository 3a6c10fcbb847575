# itertools.zip_longest: fill values, lengths, laziness and errors.
from itertools import zip_longest, count, islice

print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
print(list(zip_longest([], [], fillvalue=0)))
print(list(islice(zip_longest(count(), "ab", fillvalue=None), 4)))
print(list(zip_longest("a", "bc", "def", fillvalue=[])))
try:
    zip_longest("a", fill=1)
except TypeError as e:
    print("TypeError:", e)
try:
    zip_longest("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip_longest("a", fillvalue=1, other=2)
except TypeError as e:
    print("TypeError:", e)

def noisy(tag, n):
    for i in range(n):
        print("produce", tag, i)
        yield i
    print("exhausted", tag)

z = zip_longest(noisy("a", 1), noisy("b", 2))
print(list(z), list(z))
print(type(z).__name__)
