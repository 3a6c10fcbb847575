# itertools.islice: every argument form, consumption of the source, and errors.
from itertools import islice, count
import sys

data = "ABCDEFG"
for args in [(2,), (None,), (2, 4), (2, None), (0, None, 2), (1, 6, 2), (None, None, 3),
             (10,), (3, 1), (0,), (5, 20, 1), (0, 7, 10)]:
    print(args, list(islice(data, *args)))

src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
src = iter(range(10))
print(list(islice(src, 0)), next(src))
src = iter(range(10))
print(list(islice(src, 1, 8, 5)), next(src))
print(list(islice(count(), 3, 12, 4)))
print(list(islice(range(3), sys.maxsize)))

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(islice(data, Index(1), Index(3))))

for args in [(-1,), (1, -1), (-1, 3), (1, 2, 0), (1, 2, -1), ("a",), (1.5,), (1, "x"), (0, 1, 1.0),
             (sys.maxsize + 1,), (0, 1, "s")]:
    try:
        islice(data, *args)
        print(args, "accepted")
    except ValueError as e:
        print(args, "ValueError:", e)
    except TypeError as e:
        print(args, "TypeError:", e)
for args in [(), ("abc",), ("abc", 1, 2, 3, 4)]:
    try:
        islice(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    islice(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    islice("ab", stop=1)
except TypeError as e:
    print("TypeError:", e)
it = islice("abc", 2)
print(iter(it) is it, list(it), list(it), type(it).__name__)
