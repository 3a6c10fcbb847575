# itertools re-entered from their own source or key function, tees spanning several chunks,
# one iterator passed twice, and StopIteration raised by callbacks.
import itertools as it
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
def src():
    yield 1
    yield next(b)
    yield 3
a, b = it.tee(src())
show(lambda: next(a))
show(lambda: next(a))
show(lambda: list(b))
# big tee spanning chunks
x, y = it.tee(range(200))
show(lambda: sum(x))
show(lambda: sum(y))
x, y = it.tee(iter(range(130)))
for _ in range(60): next(x)
z = x.__copy__()
show(lambda: (len(list(x)), len(list(z)), len(list(y))))
# tee of tee object's type, with default n
t = it.tee("ab")
show(lambda: [type(v).__name__ for v in t])
show(lambda: type(t))
# groupby reentrancy
def keyf(v):
    return next(gb)[0] if v == 2 else v
gb = it.groupby([1, 2, 3], keyf)
show(lambda: next(gb)[0])
show(lambda: next(gb)[0])
# cycle reentrancy with generator
def cyc_src():
    yield 1
    yield next(cy)
cy = it.cycle(cyc_src())
show(lambda: next(cy))
show(lambda: next(cy))
# zip_longest with same iterator
i = iter(range(5))
show(lambda: list(it.zip_longest(i, i, fillvalue="-")))
# product with one iterator twice
i = iter(range(3))
show(lambda: list(it.product(i, i)))
# accumulate with func raising StopIteration
def stop(a, b):
    raise StopIteration
show(lambda: list(it.accumulate([1, 2, 3], stop)))
# starmap with StopIteration raising function
show(lambda: list(it.starmap(stop, [(1, 2)])))
show(lambda: list(it.takewhile(lambda x: next(iter([])), [1, 2])))
