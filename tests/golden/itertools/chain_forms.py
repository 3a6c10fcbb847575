# itertools.chain and chain.from_iterable: laziness and errors.
from itertools import chain

print(list(chain()), list(chain("ab", [1], (2,), range(2), {"k": 0})))
print(list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable([])))

def sources():
    for name in ("first", "second"):
        print("opening", name)
        yield name

c = chain.from_iterable(sources())
print(next(c))
print(list(c))

c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))

try:
    chain(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    list(chain.from_iterable(5))
except TypeError as e:
    print("TypeError:", e)
try:
    list(chain.from_iterable([1]))
except TypeError as e:
    print("TypeError:", e)
print(type(chain()).__name__, type(chain.from_iterable([])).__name__)
print(chain.from_iterable.__name__, type(chain.__dict__["from_iterable"]).__name__)

class MyChain(chain):
    pass
m = MyChain("x", "y")
print(type(m).__name__, list(m))
print(type(MyChain.from_iterable(["z"])).__name__)
