# Built-in iterators at the edges: mutation after creation, length hints, errors inside map/filter,
# StopIteration from functions and __next__, and iterators that are also iterables.
import operator
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
l = [1, 2, 3, 4]
r = reversed(l)
next(r)
del l[:]
show(lambda: list(r))
l = [1, 2, 3]
r = reversed(l)
l.append(9)
show(lambda: (operator.length_hint(r), list(r)))
d = {1: 1, 2: 2}
rd = reversed(d)
d[3] = 3
show(lambda: list(rd))
t = iter((1, 2))
show(lambda: (t.__length_hint__(), next(t), t.__length_hint__(), next(t), t.__length_hint__()))
s = iter({1, 2})
next(s)
show(lambda: s.__length_hint__())
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
si = iter(Seq())
show(lambda: (operator.length_hint(si), list(si)))
r = reversed(Seq())
show(lambda: list(r))
en = enumerate("abc")
show(lambda: (next(en), type(en).__name__))
z = zip("ab", "cd")
show(lambda: (next(z), list(z)))
m = map(lambda x: 1 / x, [1, 0, 2])
show(lambda: next(m))
show(lambda: next(m))
show(lambda: next(m))
f = filter(lambda x: x.upper(), ["a", 1])
show(lambda: next(f))
show(lambda: next(f))
show(lambda: next(f))
# StopIteration raised by map function ends the map
def stopper(x):
    if x == 2: raise StopIteration
    return x
show(lambda: list(map(stopper, [1, 2, 3])))
def g():
    yield from map(stopper, [1, 2, 3])
    yield "after"
show(lambda: list(g()))
# StopIteration from __next__ inside list comprehension
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
show(lambda: [x for x in It()])
show(lambda: next(It()))
show(lambda: next(It(), "d"))
def over():
    v = yield from It()
    return v
show(lambda: next(over()))
# iter() of iterator with __iter__ returning other iterator
class Other:
    def __iter__(self): return iter([7])
    def __next__(self): return 8
o = Other()
show(lambda: (next(o), list(o)))
show(lambda: iter(o).__class__.__name__)
# str iterator with non-ascii
si = iter("aé")
show(lambda: (type(si).__name__, next(si), next(si), next(si, None)))
show(lambda: type(iter("abc"[:0])).__name__)
show(lambda: list(zip(*[iter("abcdef")] * 2)))
