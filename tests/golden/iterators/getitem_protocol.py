# The old sequence protocol: iteration through __getitem__ until IndexError/StopIteration.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i

print(list(Squares(3)))
print(4 in Squares(5))
a, b = Squares(2)
print(a, b)

class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

print(list(StopsEarly()))

class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorSeq())
except KeyError as e:
    print("KeyError propagates:", e)

class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)

class IterPreferred:
    def __iter__(self):
        return iter("iter")
    def __getitem__(self, i):
        return "getitem"
print(list(IterPreferred()))

class OnInstance:
    pass
obj = OnInstance()
obj.__getitem__ = lambda i: i
try:
    iter(obj)
except TypeError as e:
    print("TypeError:", e)

it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(sorted(Squares(3), reverse=True), sum(Squares(4)))
