# itertools.product: repeat, empty inputs, eager consumption and errors.
from itertools import product

print(list(product("ab", [1, 2])))
print(list(product()), list(product(repeat=3)))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], "x", repeat=2)))
print(list(product("ab", [])), list(product("ab", repeat=0)))
print(len(list(product(range(3), repeat=4))))

def noisy():
    for i in range(2):
        print("produce", i)
        yield i

p = product(noisy(), "q")
print("created")
print(list(p))
try:
    product("a", repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    product(5)
except TypeError as e:
    print("TypeError:", e)
try:
    product("a", repeat="2")
except TypeError as e:
    print("TypeError:", e)
try:
    product("a", rep=2)
except TypeError as e:
    print("TypeError:", e)
p = product("ab", "cd")
print(next(p), next(p), list(p), list(p))
print(type(p).__name__)
