# How far each itertools function pulls from its source before producing.
import itertools

class Source:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

def pulled(make):
    src = Source(10)
    it = make(src)
    first = next(it, None)
    return first, src.i

print(pulled(lambda s: itertools.islice(s, 3, None)))
print(pulled(lambda s: itertools.dropwhile(lambda x: x < 5, s)))
print(pulled(lambda s: itertools.takewhile(lambda x: x < 5, s)))
print(pulled(lambda s: itertools.filterfalse(lambda x: x < 4, s)))
print(pulled(lambda s: itertools.compress(s, [0, 0, 1])))
print(pulled(lambda s: itertools.pairwise(s)))
print(pulled(lambda s: itertools.accumulate(s)))
print(pulled(lambda s: itertools.cycle(s)))
print(pulled(lambda s: itertools.chain(s)))
print(pulled(lambda s: itertools.zip_longest(s, "a")))
print(pulled(lambda s: (k for k, _ in itertools.groupby(s, lambda x: x < 3))))
print(pulled(lambda s: itertools.starmap(lambda x: x, ((v,) for v in s))))
print(pulled(lambda s: itertools.product(s)))
print(pulled(lambda s: itertools.combinations(s, 2)))
print(pulled(lambda s: itertools.tee(s)[0]))
print(pulled(lambda s: itertools.islice(s, 0, None, 4)))
src = Source(10)
it = itertools.islice(src, 2, 6, 3)
print(list(it), src.i)
