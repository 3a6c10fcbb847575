# frozenset: hashing, use as keys, reprs and copies.
f = frozenset([3, 1, 2])
print(f, repr(f), frozenset(), frozenset(""), frozenset(f) is f, f.copy() is f)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(frozenset(range(10))), hash(frozenset([-1, -2])), hash(frozenset([(1, 2)])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(f) == hash(frozenset({1, 2, 3})))
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
print({frozenset([1]), frozenset([1]), frozenset([2])})
print(frozenset([frozenset([1]), frozenset()]))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    frozenset([[]])
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset(x=1)
except TypeError as e:
    print("TypeError:", e)
class FS(frozenset):
    pass
g = FS([1, 2])
print(g, type(g).__name__, FS(), g | {3}, type(g | {3}).__name__, type(g.copy()).__name__)
print(frozenset(range(5)) == set(range(5)), hash(FS([1])) == hash(frozenset([1])))
