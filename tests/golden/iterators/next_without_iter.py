# Iterators that define __next__ but not __iter__: accepted from __iter__ by every consumer,
# rejected by iter(); __next__ supplied by __getattr__ does not count.
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class NextOnly:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
class Iterable:
    def __iter__(self): return NextOnly()
show(lambda: list(Iterable()))
show(lambda: [x for x in Iterable()])
show(lambda: iter(iter(Iterable())))
show(lambda: next(iter(Iterable())))
show(lambda: list(zip(Iterable(), "ab")))
show(lambda: sorted(Iterable(), reverse=True))
def g():
    yield from Iterable()
show(lambda: list(g()))
show(lambda: list(map(str, Iterable())))
import itertools
show(lambda: list(itertools.chain(Iterable(), Iterable())))
show(lambda: list(itertools.tee(Iterable())[1]))
a, b = Iterable()
show(lambda: (a, b))
show(lambda: dict(zip(Iterable(), Iterable())))
class DynamicNext:
    def __iter__(self): return self
    def __getattr__(self, name):
        if name == "__next__":
            return lambda: 1
        raise AttributeError(name)
show(lambda: iter(DynamicNext()))
show(lambda: next(DynamicNext()))
show(lambda: DynamicNext().__next__())
