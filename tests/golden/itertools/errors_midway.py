# What each itertools object does after its source raises midway: cycle, accumulate, tee and
# groupby carry on, zip_longest, pairwise and islice stop for good.
import itertools as it
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class Flaky:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3: raise ValueError("flaky")
        if self.n > 5: raise StopIteration
        return self.n
c = it.cycle(Flaky())
show(lambda: [next(c) for _ in range(2)])
show(lambda: next(c))
show(lambda: [next(c) for _ in range(5)])
a = it.accumulate(Flaky())
show(lambda: [next(a) for _ in range(2)])
show(lambda: next(a))
show(lambda: list(a))
z = it.zip_longest(Flaky(), "abcdefg")
show(lambda: [next(z) for _ in range(2)])
show(lambda: next(z))
show(lambda: list(z))
p = it.pairwise(Flaky())
show(lambda: next(p))
show(lambda: next(p))
show(lambda: list(p))
t1, t2 = it.tee(Flaky())
show(lambda: [next(t1), next(t1)])
show(lambda: next(t1))
show(lambda: (list(t1), list(t2)))
g = it.groupby(Flaky())
show(lambda: next(g)[0])
show(lambda: next(g)[0])
show(lambda: next(g)[0])
show(lambda: [k for k, _ in g])
i = it.islice(Flaky(), 1, None, 2)
show(lambda: next(i))
show(lambda: next(i))
show(lambda: list(i))
ch = it.chain(Flaky(), "z")
show(lambda: [next(ch), next(ch)])
show(lambda: next(ch))
show(lambda: list(ch))
show(lambda: list(it.product(Flaky())))
show(lambda: list(it.combinations(Flaky(), 1)))
dw = it.dropwhile(lambda x: x < 2, Flaky())
show(lambda: next(dw))
show(lambda: next(dw))
show(lambda: list(dw))
sm = it.starmap(pow, [(2, 2), (2, "x"), (2, 3)])
show(lambda: next(sm))
show(lambda: next(sm))
show(lambda: list(sm))
