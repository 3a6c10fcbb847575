# functools.reduce: results, initial values, and CPython's messages.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [1, 2, 3, 4], 100))
print(reduce(operator.add, [], "start"))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(operator.mul, (x for x in range(1, 8))))
print(reduce(max, "hello"))
print(reduce(operator.add, [[1], [2], [3]]))

def attempt(*args, **kwargs):
    try:
        print(reduce(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(operator.add, [])
attempt(operator.add, ())
attempt(operator.add, 5)
attempt(operator.add, None, 1)
attempt(operator.add)
attempt()
attempt(operator.add, [1], 2, 3)
attempt(function=operator.add, iterable=[1])
attempt(operator.add, [1, "a"])
attempt(None, [1, 2])

class Boom:
    def __iter__(self):
        raise ValueError("no iteration today")

attempt(operator.add, Boom())

def failing():
    yield 1
    yield 2
    raise KeyError("mid-way")

attempt(operator.add, failing())
