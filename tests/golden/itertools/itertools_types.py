# itertools types: names, module, iter-returns-self, subclassing, and reprs of defaults.
import itertools
def without_address(text):
    head, sep, tail = text.partition(" at 0x")
    return head + sep + "ADDR>" if sep else text

names = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
         "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
         "permutations", "product", "repeat", "starmap", "takewhile", "zip_longest"]
for name in names:
    t = getattr(itertools, name)
    print(name, type(t).__name__, t.__module__, t.__name__, t.__qualname__)
print(type(itertools.tee).__name__, itertools.tee.__name__)

samples = [itertools.chain("a"), itertools.cycle("a"), itertools.islice("a", 1),
           itertools.accumulate("a"), itertools.product("a"), itertools.zip_longest("a"),
           itertools.groupby("a"), itertools.starmap(abs, []), itertools.compress("a", [1]),
           itertools.pairwise("ab"), itertools.tee("a")[0]]
for s in samples:
    print(iter(s) is s, without_address(repr(s)))

class Counter(itertools.count):
    pass
c = Counter(3)
print(type(c).__name__, next(c), repr(c))

class Rep(itertools.repeat):
    pass
print(repr(Rep("z", 2)))
print(isinstance(itertools.count(), itertools.count), issubclass(itertools.chain, object))
print(sorted(n for n in dir(itertools) if not n.startswith("_")))
