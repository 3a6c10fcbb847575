# list iterators reduce to (iter or reversed, (list,), index) and take
# __setstate__, so copy.copy gives an independent iterator at the same place.
import copy

items = [1, [2], 3]
it = iter(items)
next(it)
print(it.__reduce__(), list(copy.copy(it)), next(it))
rev = reversed(items)
next(rev)
print(rev.__reduce__(), list(copy.copy(rev)), next(rev))
deep = copy.deepcopy(iter(items))
print(next(deep), next(deep) is items[1])
list(it)
list(rev)
print(it.__reduce__(), rev.__reduce__(), list(copy.copy(it)))
for start in [-5, 0, 2, 10]:
    forward = iter(items)
    forward.__setstate__(start)
    backward = reversed(items)
    backward.__setstate__(start)
    print(start, list(forward), list(backward))
try:
    iter(items).__setstate__("x")
except TypeError as e:
    print(e)
