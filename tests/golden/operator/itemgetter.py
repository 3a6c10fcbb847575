# operator.itemgetter: one or several items, any subscriptable, repr,
# __reduce__, copying and errors.
import copy
import operator as op
from operator import itemgetter

g = itemgetter(1)
print(g([10, 20, 30]), g("xyz"), g((5, 6)), g({1: "one"}), g(range(3)))
print(itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, 3))("abcd"))
print(itemgetter(0, 2, 0)("abc"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(itemgetter(2**70)({2**70: "big"}))

rows = [("bob", 3), ("alice", 5), ("carol", 1), ("dave", 3)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0), reverse=True))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(1)))

print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(None))))
print(itemgetter(1, 2).__reduce__(), itemgetter("k").__reduce__())
c = copy.copy(itemgetter(1, 2))
print(type(c).__name__, c("abc"))
print(copy.deepcopy(itemgetter(0))("q"))

class Shown:
    def __repr__(self):
        return "Shown!"
print(repr(itemgetter(Shown(), 1)))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(itemgetter)
attempt(itemgetter, 1, key=2)
attempt(itemgetter(1))
attempt(itemgetter(1), [1, 2], [3])
attempt(itemgetter(1), obj=[1, 2])
attempt(itemgetter(5), [1])
attempt(itemgetter(5), (1,))
attempt(itemgetter("x"), [1])
attempt(itemgetter("x"), {})
attempt(itemgetter(0), 5)
attempt(itemgetter(0, 9), [1])
attempt(hash, itemgetter(1)) if False else print(itemgetter(1) == itemgetter(1))
print(type(itemgetter(1)).__name__, itemgetter.__module__, itemgetter.__qualname__)
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    print(type(e).__name__, e)
