# yield from over generators, sequences and iterators, and the value it evaluates to.
def gen():
    yield 1
    return "gen result"

def from_everything():
    print((yield from gen()))
    print((yield from [2, 3]))
    print((yield from (4,)))
    print((yield from {5: "x"}))
    print((yield from range(6, 7)))
    print((yield from "8"))
    print((yield from iter([9])))
    print((yield from b"\n"))

print(list(from_everything()))

class StopsWithValue:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("custom value")
        self.done = True
        return "one"

def over_custom():
    v = yield from StopsWithValue()
    return v

g = over_custom()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def not_iterable():
    yield from 5

try:
    next(not_iterable())
except TypeError as e:
    print("TypeError:", e)

def empty():
    return "nothing yielded"
    yield

def wrap_empty():
    v = yield from empty()
    yield v

print(list(wrap_empty()))

def nested_returns(n):
    if n == 0:
        return 0
        yield
    v = yield from nested_returns(n - 1)
    yield v
    return v + 1

print(list(nested_returns(4)))
