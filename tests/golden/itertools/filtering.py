# compress, dropwhile, takewhile, filterfalse: results, laziness and errors.
from itertools import compress, dropwhile, takewhile, filterfalse

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1, 1, 1, 1])), list(compress("ABCDE", [0, 1])))
print(list(compress(data=range(5), selectors=[True, False] * 3)))
try:
    compress("ab")
except TypeError as e:
    print("TypeError:", e)

def noisy(values):
    for v in values:
        print("produce", v)
        yield v

print(list(takewhile(lambda x: x < 3, noisy([1, 2, 5, 1]))))
print(list(dropwhile(lambda x: x < 3, noisy([1, 2, 5, 1]))))
print(list(filterfalse(lambda x: x % 2, range(7))))
print(list(filterfalse(None, [0, 1, "", "a", [], [0]])))

src = iter([1, 2, 3, 4])
print(list(takewhile(lambda x: x < 2, src)), list(src))

for name, f in (("takewhile", takewhile), ("dropwhile", dropwhile), ("filterfalse", filterfalse)):
    try:
        f(None)
    except TypeError as e:
        print(name, "TypeError:", e)
    try:
        list(f(lambda x: 1 / x, [0]))
    except ZeroDivisionError as e:
        print(name, "ZeroDivisionError:", e)
try:
    list(takewhile(None, [1, 2]))
except TypeError as e:
    print("TypeError:", e)
t = takewhile(bool, [1, 0, 1])
print(list(t), list(t))
