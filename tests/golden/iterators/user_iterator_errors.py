# Errors from user iterators: bad __iter__ results, non-iterators, exceptions in __next__.
class ReturnsInt:
    def __iter__(self):
        return 5

class ReturnsList:
    def __iter__(self):
        return [1, 2]

for obj in (ReturnsInt(), ReturnsList()):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in obj:
            pass
    except TypeError as e:
        print("for TypeError:", e)

for obj in ([1], "s", 3, None):
    try:
        next(obj)
    except TypeError as e:
        print("TypeError:", e)

class Failing:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise KeyError("at 3")
        return self.n

got = []
try:
    for v in Failing():
        got.append(v)
except KeyError as e:
    print("KeyError:", e, got)

class OnlyNext:
    def __next__(self):
        return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print("TypeError:", e)

class IterNotCallable:
    __iter__ = 3
try:
    iter(IterNotCallable())
except TypeError as e:
    print("TypeError:", e)

try:
    for ch in 12:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    [*None]
except TypeError as e:
    print("TypeError:", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError:", e)
