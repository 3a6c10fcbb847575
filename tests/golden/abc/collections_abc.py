# isinstance/issubclass against collections.abc on built-in and user
# types: the hooks (Iterable, Sized, Hashable ...), registrations, and the
# sequence/mapping flags that pattern matching reads.
from collections import abc as cabc
from collections import OrderedDict, deque, defaultdict

checks = [cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container, cabc.Hashable, cabc.Callable,
          cabc.Collection, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping,
          cabc.Set, cabc.MutableSet, cabc.Reversible, cabc.Generator, cabc.ByteString]
samples = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(1), iter([]), len, 1, None,
           deque(), OrderedDict(), defaultdict(int), {}.keys(), {}.items(), (x for x in ()), memoryview(b"")]
for s in samples:
    print(type(s).__name__.ljust(14), "".join("X" if isinstance(s, c) else "." for c in checks))

class Bag:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
print([c.__name__ for c in checks if issubclass(Bag, c)])

class Unhashable:
    __hash__ = None
print(isinstance(Unhashable(), cabc.Hashable), isinstance(object(), cabc.Hashable))

class MySeq(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3)
print(list(reversed(s)), s.index(2), s.count(3), 2 in s, isinstance(s, cabc.Reversible))

class Registered:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
    def __len__(self): return 2
cabc.Sequence.register(Registered)
class RegisteredChild(Registered):
    pass

class MyMap(cabc.Mapping):
    def __getitem__(self, k): return k.upper()
    def __len__(self): return 1
    def __iter__(self): return iter(["a"])

def kind(subject):
    match subject:
        case {"a": value}:
            return "mapping a=" + value
        case [first, *rest]:
            return "sequence first=%r rest=%r" % (first, rest)
        case _:
            return "other"

for subject in [s, Registered(), RegisteredChild(), MyMap(), "ab", b"ab", bytearray(b"ab"), deque([1]), range(2),
                memoryview(b"xy"), {"a": "z"}, defaultdict(str, a="q"), OrderedDict(a="o"), 5]:
    print(type(subject).__name__, "->", kind(subject))

print(cabc.Sequence.__flags__ & (1 << 5) != 0, cabc.Mapping.__flags__ & (1 << 6) != 0)
print([t.__name__ for t in (list, tuple, range, memoryview, deque, str, bytes, dict, MySeq, Registered)
       if t.__flags__ & (1 << 5)])
print([t.__name__ for t in (dict, OrderedDict, defaultdict, MyMap, list, type({}.keys()))
       if t.__flags__ & (1 << 6)])
